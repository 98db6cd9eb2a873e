package main

func main() {
	var x int
	x = "hello"
	_ = x
}

// Error:
// assign_string_to_int.go:5:6: cannot use "hello" (untyped string constant) as int value in assignment
