// Slices, maps and funcs can only be compared to nil.
package main

func main() {
	a, b := []int{1}, []int{1}
	println(a == b)
}

// Error:
// slice_compare.go:6:10: invalid operation: a == b (slice can only be compared to nil)
