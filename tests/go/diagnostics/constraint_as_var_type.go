// An interface with a type set is only a constraint; it cannot type a value.
package main

type Number interface{ ~int | ~float64 }

func main() {
	var n Number
	_ = n
}

// Error:
// constraint_as_var_type.go:7:8: cannot use type Number outside a type constraint: interface contains type constraints
