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

// Keys is generic: the element type comes from the map
func Keys[K comparable, V any](order []K, m map[K]V) func(func(K, V) bool) {
	return func(yield func(K, V) bool) {
		for _, k := range order {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func main() {
	// each iteration has its own loop variable (Go 1.22 semantics)
	var fs []func() int
	for i := range Count(3) {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// the body shares the enclosing function's variables
	total := 0
	add := func(n int) { total += n }
	for k, v := range Keys([]string{"b", "a"}, map[string]int{"a": 1, "b": 2}) {
		add(v)
		fmt.Println(k, v, total)
	}
	// closures made in the body see later changes of shared variables
	msg := "before"
	var show func() string
	for range Count(1) {
		show = func() string { return msg }
	}
	msg = "after"
	fmt.Println(show())
}

// Output:
// 0 10 20 
// b 2 2
// a 1 3
// after
