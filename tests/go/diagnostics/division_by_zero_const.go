package main

import "fmt"

func main() {
	x := 10
	fmt.Println(x / 0)
}

// Error:
// division_by_zero_const.go:7:18: invalid operation: division by zero
