package main

func f() int {
	return "s"
}

func main() { f() }

// Error:
// wrong_return_type.go:4:9: cannot use "s" (untyped string constant) as int value in return statement
