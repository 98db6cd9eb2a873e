package main

import "fmt"

func makePair() (func(), func() int) {
	n := 0
	return func() { n += 2 }, func() int { return n }
}

func main() {
	inc, get := makePair()
	inc()
	inc()
	fmt.Println(get())
	x := 0
	defer func() { fmt.Println("deferred sees", x) }()
	x = 42
	funcs := make([]func(), 0)
	for _, name := range []string{"a", "b"} {
		funcs = append(funcs, func() { fmt.Print(name) })
	}
	for _, f := range funcs {
		f()
	}
	fmt.Println()
}

// Output:
// 4
// ab
// deferred sees 42
