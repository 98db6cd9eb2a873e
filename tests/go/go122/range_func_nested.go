package main

import "fmt"

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

func Pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

// return from two nested range-over-func loops
func nestedReturn() string {
	for i := range Count(3) {
		for j := range Count(3) {
			if i+j == 3 {
				return fmt.Sprint(i, j)
			}
		}
	}
	return "none"
}

func main() {
	fmt.Println(nestedReturn())
	// labeled continue of an ordinary outer loop
outer:
	for _, w := range []string{"x", "y"} {
		for i := range Count(3) {
			if i == 1 {
				continue outer
			}
			fmt.Println(w, i)
		}
	}
	// labeled continue and break of an outer range-over-func loop
L:
	for i, s := range Pairs([]string{"a", "b", "c"}) {
		for j := range Count(3) {
			if j > i {
				continue L
			}
			if s == "c" {
				break L
			}
			fmt.Println(s, j)
		}
	}
	// labeled break of an ordinary loop from two levels down
	k := 0
top:
	for {
		for range Count(2) {
			for j := range Count(5) {
				k++
				if j == 2 {
					break top
				}
			}
		}
	}
	fmt.Println("k", k)
}

// Output:
// stop at 2
// stop at 1
// 1 2
// x 0
// stop at 1
// y 0
// stop at 1
// a 0
// stop at 1
// b 0
// b 1
// stop at 2
// stop at 0
// stop at 2
// stop at 0
// k 3
