// Run controls under test (tests/desktop, tests/browser): breakpoints, Step
// over / into / out, and a closure that outlives the frame that made it.
// Line numbers matter: the tests name them.
package main

import "fmt"

func add(a, b int) int {
	s := a + b
	return s
}

func makeCounter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	x := add(1, 2)
	next := makeCounter()
	next()
	fmt.Println(x, next())
}
