// The untyped left operand of a non-constant shift takes the type of the
// context; a float context is an error reported at the operand.
package main

func main() {
	var s uint = 3
	var f float64 = 1 << s
	_ = f
}

// Error:
// shift_float_context.go:7:18: invalid operation: shifted operand 1 (type float64) must be integer
