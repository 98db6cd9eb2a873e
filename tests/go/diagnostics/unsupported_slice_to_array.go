// Converting a slice to an array pointer (Go 1.17) is not supported yet and
// is refused at compile time rather than aliasing memory wrongly.
package main

func main() {
	s := []int{1, 2}
	p := (*[2]int)(s)
	println(p[0])
}

// Error:
// unsupported_slice_to_array.go:7:7: not supported yet: conversion from slice to array or array pointer
