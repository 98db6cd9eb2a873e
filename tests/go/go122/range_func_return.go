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

type point struct{ x, y int }

// return with values from inside the loop body
func firstBig(limit int) (point, bool) {
	for i := range Count(10) {
		if i*i > limit {
			return point{i, i * i}, true
		}
	}
	return point{}, false
}

// a bare return keeps the named results set in the body
func named() (n int, err error) {
	n = 7
	for i := range Count(3) {
		if i == 1 {
			n = 42
			return
		}
	}
	return 0, nil
}

func pair() (int, string) { return 5, "five" }

func multi() (int, string) {
	for range Count(2) {
		return pair()
	}
	return 0, ""
}

func noResults() {
	for i := range Count(5) {
		if i == 2 {
			return
		}
		fmt.Println("no", i)
	}
	fmt.Println("unreachable")
}

func main() {
	fmt.Println(firstBig(10))
	fmt.Println(firstBig(100))
	fmt.Println(named())
	fmt.Println(multi())
	noResults()
}

// Output:
// stop at 4
// {4 16} true
// {0 0} false
// stop at 1
// 42 <nil>
// stop at 0
// 5 five
// no 0
// no 1
// stop at 2
