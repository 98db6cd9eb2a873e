// A two-result call used where one value is expected.
package main

func pair() (int, int) { return 1, 2 }

func main() {
	x := pair() + 1
	_ = x
}

// Error:
// multi_value_single.go:7:7: multiple-value pair() (value of type (int, int)) in single-value context
