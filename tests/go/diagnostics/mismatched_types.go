package main

import "fmt"

func main() {
	a := 1
	b := "s"
	fmt.Println(a + b)
}

// Error:
// mismatched_types.go:8:14: invalid operation: a + b (mismatched types int and string)
