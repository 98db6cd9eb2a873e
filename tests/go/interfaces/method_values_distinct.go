package main

// Method values of an interface value: x.A and x.B are different functions
// (they shared one thunk and both called A).

import "fmt"

type V struct{}

func (V) A() string { return "A" }
func (V) B() string { return "B" }

type I interface {
	A() string
	B() string
}

func main() {
	var x I = V{}
	f, g := x.A, x.B
	fmt.Println(f(), g())
}

// Output:
// A B
