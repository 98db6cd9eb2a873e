package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func find() int {
	for i := range Count(100) {
		if i*i > 50 {
			return i
		}
	}
	return -1
}

func main() {
	for i := range Count(5) {
		if i == 1 {
			continue
		}
		if i == 4 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, s := range Pairs([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
	fmt.Println(find())
}

// Output:
// 0 2 3 
// 0 a
// 1 b
// 8
