package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// Evens is an iter.Seq built by hand
func Evens(limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i <= limit; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range slices.All(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for v := range slices.Values(s) {
		fmt.Print(v)
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		if i == 0 {
			break
		}
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Sorted(maps.Values(m)))
	total := 0
	for k, v := range maps.All(m) {
		if k != "y" {
			total += v
		}
	}
	fmt.Println(total)
	fmt.Println(slices.Collect(Evens(7)))
	fmt.Println(maps.Collect(slices.All([]string{"p", "q"})))
}

// Output:
// 0a 1b 2c 
// abc
// 2c 1b 
// [x y z]
// [1 2 3]
// 4
// [0 2 4 6]
// map[0:p 1:q]
