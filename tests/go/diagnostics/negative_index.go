// A constant index must not be negative.
package main

func main() {
	s := []int{1, 2}
	_ = s[-1]
}

// Error:
// negative_index.go:6:8: invalid argument: index -1 (constant of type int) must not be negative
