package main

// A union may not hold an interface with methods.

import "fmt"

func Show[T int | fmt.Stringer](x T) string { return fmt.Sprint(x) }

func main() { fmt.Println(Show(3)) }

// Error:
// union_interface_methods.go:7:19: cannot use fmt.Stringer in union (fmt.Stringer contains methods)
