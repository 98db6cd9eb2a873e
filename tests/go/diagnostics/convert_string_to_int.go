// A string constant cannot be converted to an integer type.
package main

func main() {
	println(int("12"))
}

// Error:
// convert_string_to_int.go:5:14: cannot convert "12" (untyped string constant) to type int
