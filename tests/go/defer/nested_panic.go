package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

// Output:
// outer recovered: second
