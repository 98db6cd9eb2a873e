package main

import "fmt"

func main() {
	x, y := 17, 5
	fmt.Println(x+y, x-y, x*y, x/y, x%y)
	fmt.Println(-x/y, -x%y, x/-y, x%-y)
	fmt.Println(x&y, x|y, x^y, x&^y, x<<2, x>>1)
	var u uint = 3
	fmt.Println(^u == ^uint(3), -7>>1, uint8(200)+uint8(100))
	fmt.Println(^0, ^x)
}

// Error:
// const_overflow_uint8.go:11:37: uint8(200) + uint8(100) (constant 300 of type uint8) overflows uint8
