package main

import "fmt"

func main() {
	var s uint = 70
	var x int64 = 1
	fmt.Println(x<<s, x<<63, int32(1)<<31)
	var y int8 = -128
	fmt.Println(y>>1, y>>7, y>>100)
	var u uint16 = 0xffff
	fmt.Println(u>>4, u<<4)
	n := 3
	fmt.Println(1<<n, 1024>>n)
}

// Error:
// const_overflow_shift.go:8:27: int32(1) << 31 (constant 2147483648 of type int32) overflows int32
