package main

import "fmt"

type Op func(int, int) int

type Handler interface{ Handle(string) string }
type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add(2, 3))
	var h Handler = HandlerFunc(func(s string) string { return "<" + s + ">" })
	fmt.Println(h.Handle("x"))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl, inc)(5))
	var nilf func()
	fmt.Println(nilf == nil)
}

// Output:
// 5
// <x>
// 13
// true
