package main

// make(chan T, n) with a negative n panics with Go's plain runtime error
// (no "runtime error: " prefix); os.Exit(-1) ends with status 255.

import (
	"fmt"
	"os"
)

func main() {
	func() {
		defer func() { fmt.Println(recover()) }()
		n := -1
		_ = make(chan int, n)
	}()
	os.Exit(-1)
}

// Exit: 255
// Output:
// makechan: size out of range
// exit status 255
