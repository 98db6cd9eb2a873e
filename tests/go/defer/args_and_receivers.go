// Deferred calls evaluate their function value and arguments when the defer
// statement runs, execute in LIFO order, and see later changes only through
// pointers or closures.
package main

import "fmt"

type T struct{ name string }

func (t T) Show()      { fmt.Println("value:", t.name) }
func (t *T) ShowPtr()  { fmt.Println("pointer:", t.name) }
func trace(s string) string {
	fmt.Println("enter", s)
	return s
}
func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	t := T{"before"}
	defer t.Show()
	defer t.ShowPtr()
	t.name = "after"
	f := func() { fmt.Println("first f") }
	defer f()
	f = func() { fmt.Println("second f") }
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	nested()
}

// Output:
// enter nested
// in nested
// leave nested
// 2 1 0 first f
// pointer: after
// value: before
// closure x = 2
// deferred x = 1
