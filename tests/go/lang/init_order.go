// Package variables initialise in dependency order regardless of source
// order, then init functions run in source order, then main.
package main

import "fmt"

var (
	total = sum(a, b)
	a     = trace("a", 1)
	b     = trace("b", c*2)
	c     = trace("c", 3)
)

func trace(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func init() { fmt.Println("init() 1, total =", total) }

func init() { total *= 10 }

func main() { fmt.Println("main", total) }

// Output:
// init a 1
// init c 3
// init b 6
// init() 1, total = 7
// main 70
