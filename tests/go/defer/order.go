package main

import "fmt"

func f() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	fmt.Println("body")
}

func g() (s string) {
	defer func() { s += " world" }()
	return "hello"
}

func h() {
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
	fmt.Println("x now:", x)
}

func main() {
	f()
	fmt.Println(g())
	h()
}

// Output:
// body
// defer 2
// defer 1
// defer 0
// hello world
// x now: 2
// x at defer: 1
