package main

import "fmt"

func main() {
	fmt.Println(x)
}

// Error:
// undefined_var.go:6:14: undefined: x
