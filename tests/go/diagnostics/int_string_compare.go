package main

func main() {
	a := 1
	if a == "1" {
	}
}

// Error:
// int_string_compare.go:5:10: invalid operation: a == "1" (mismatched types int and untyped string)
