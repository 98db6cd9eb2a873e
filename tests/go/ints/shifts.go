package main

import "fmt"

func main() {
	var s uint = 70
	one := 1
	var x int64 = 1
	fmt.Println(x<<s, x<<63, int32(one)<<31)
	var y int8 = -128
	fmt.Println(y>>1, y>>7, y>>100)
	var u uint16 = 0xffff
	fmt.Println(u>>4, u<<4)
	n := 3
	fmt.Println(1<<n, 1024>>n)
}


// Output:
// 0 -9223372036854775808 -2147483648
// -64 -1 -1
// 4095 65520
// 8 128
