// A generic type must be instantiated before it can type a variable.
package main

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var p Pair
	_ = p
}

// Error:
// generic_type_no_instantiation.go:10:8: cannot use generic type Pair[K comparable, V any] without instantiation
