package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int16 = -32768
	c = -c
	fmt.Println(c)
	var d uint32 = 1 << 31
	d *= 2
	fmt.Println(d)
	var e int64 = 1 << 62
	e *= 4
	fmt.Println(e)
}

// Output:
// -128
// 255
// -32768
// 0
// 0
