package main

// A panic raised and recovered inside a deferred call leaves the panic that
// started the call unwinding; the outer deferred call recovers it.

import "fmt"

func main() {
	defer func() { fmt.Println("outer:", recover()) }()
	defer func() {
		defer func() { recover() }()
		panic("second")
	}()
	panic("first")
}

// Output:
// outer: first
