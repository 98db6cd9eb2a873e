package main

import "fmt"

// Count yields 0..n-1 and reports where the loop body stopped it.
func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stop at", i)
				return
			}
		}
	}
}

func Times(n int) func(func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				return
			}
		}
	}
}

func main() {
	for i := range Count(6) {
		if i%2 == 1 {
			continue
		}
		if i == 4 {
			break
		}
		fmt.Println("i", i)
	}
	// break inside a switch leaves the switch, not the loop
	for i := range Count(3) {
		switch i {
		case 1:
			break
		default:
			fmt.Println("sw", i)
		}
	}
	n := 0
	for range Times(3) {
		n++
	}
	fmt.Println("times", n)
	// assignment form: the variables outlive the loop
	sum, last := 0, -1
	for last = range Count(4) {
		sum += last
	}
	fmt.Println(sum, last)
}

// Output:
// i 0
// i 2
// stop at 4
// sw 0
// sw 2
// times 3
// 6 3
