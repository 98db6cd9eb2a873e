// An interface value needs a type assertion to become a concrete type.
package main

import "fmt"

func main() {
	var v interface{} = 42
	var n int = v
	fmt.Println(n)
}

// Error:
// need_type_assertion.go:8:14: cannot use v (variable of type interface{}) as int value in variable declaration: need type assertion
