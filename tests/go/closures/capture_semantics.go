// Closures capture variables, not values: they see later writes, share state
// with each other, and Go 1.22 loop variables are fresh per iteration.
package main

import "fmt"

func makePair() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func adders() []func(int) int {
	var fs []func(int) int
	for _, k := range []int{1, 10, 100} {
		fs = append(fs, func(x int) int { return x + k })
	}
	return fs
}

func main() {
	inc, get := makePair()
	inc()
	inc()
	fmt.Println(get())
	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println(show())
	for _, f := range adders() {
		fmt.Print(f(1), " ")
	}
	fmt.Println()
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 8; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
	counter := 0
	func() {
		func() { counter += 100 }()
	}()
	fmt.Println(counter)
}

// Output:
// 2
// 2
// 2 11 101 
// 0 1 4 
// 0 1 1 2 3 5 8 13 
// 3628800
// 100
