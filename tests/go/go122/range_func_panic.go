package main

import "fmt"

// Bad ignores the result of yield.
func Bad(yield func(int) bool) {
	for i := 0; i < 5; i++ {
		yield(i)
	}
}

func main() {
	for n := range Bad {
		fmt.Println(n)
		if n == 1 {
			break
		}
	}
}

// Output:
// 0
// 1
// panic: runtime error: range function continued iteration after function for loop body returned false
//
// goroutine 1 [running]:
// main.main-range1(...)
// 	range_func_panic.go:13
// main.Bad(...)
// 	range_func_panic.go:8
// main.main()
// 	range_func_panic.go:13
// exit status 2
