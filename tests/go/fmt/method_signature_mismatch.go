// fmt calls only exact String() string / Error() string methods: a method
// with the right name but another signature is not a Stringer or error.
package main

import "fmt"

type A struct{ n int }

func (A) String(x int) string { return "bad" }

type B int

func (B) Error() int { return 7 }

type C struct{}

func (C) String() int { return 1 }

func main() {
	fmt.Println(A{1}, B(2), C{})
	fmt.Printf("%v %s %d\n", A{1}, B(3), C{})
}

// Output:
// {1} 2 {}
// {1} %!s(main.B=3) {}
