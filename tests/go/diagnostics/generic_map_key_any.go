package main

// A map keyed by a type parameter needs a comparable constraint.

import "fmt"

func Count[T any](xs []T) int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return len(m)
}

func main() {
	fmt.Println(Count([]int{1, 2, 1}))
}

// Error:
// generic_map_key_any.go:8:11: invalid map key type T (missing comparable constraint)
