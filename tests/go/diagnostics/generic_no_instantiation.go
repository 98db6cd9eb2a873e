// A generic function must be instantiated before it is used as a value.
package main

func Id[T any](x T) T { return x }

func main() {
	f := Id
	_ = f
}

// Error:
// generic_no_instantiation.go:7:7: cannot use generic function Id without instantiation
