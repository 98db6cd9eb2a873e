// A constant shift count must not be negative.
package main

func main() {
	x := 1
	_ = x << -1
}

// Error:
// negative_shift_count.go:6:11: invalid operation: negative shift count -1 (untyped int constant)
