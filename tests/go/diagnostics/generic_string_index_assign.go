package main

// x[i] of a type parameter whose set includes a string cannot be assigned
// (it crashed the host: the string's bytes were written).

import "fmt"

func Set[T ~string | ~[]byte](x T) {
	x[0] = 'X'
}

func main() {
	s := "abc"
	Set(s)
	fmt.Println(s)
}

// Error:
// generic_string_index_assign.go:9:2: cannot assign to x[0] (neither addressable nor a map index expression)
