package main

// A bare return with named results declared again only in other scopes
// (an if block, a func literal, a for clause) compiles.

import "fmt"

func f() (n int, err error) {
	n = 1
	if n > 0 {
		n := 2
		_ = n
	}
	func() {
		err := 3
		_ = err
	}()
	return
}

func g() (x int) {
	for x := 0; x < 3; x++ {
	}
	return
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
}

// Output:
// 1 <nil>
// 0
