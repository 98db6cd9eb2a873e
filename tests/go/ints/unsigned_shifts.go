// Shifts: counts >= the width give 0 (or -1 for negative signed values), the
// count may be any unsigned or (non-negative) signed integer, &^ clears bits,
// and unsigned division/remainder use the unsigned value.
package main

import "fmt"

func main() {
	var x uint8 = 0xF0
	var n uint = 9
	fmt.Println(x<<n, x>>n, x<<4, x>>4)
	var s int8 = -16
	fmt.Println(s>>1, s>>7, s>>n, s<<3, s<<n)
	var k int = 65
	var one int64 = 1
	fmt.Println(one<<63, one<<k, -one>>k)
	fmt.Println(0b1111&^0b0101, 6&3, 6|3, 6^3, ^6, ^uint8(6))
	var u uint32 = 0xFFFFFFF0
	fmt.Println(u/16, u%7, int32(u)/16, int32(u)%7)
	fmt.Printf("%x %b\n", ^uint16(0)>>4, uint8(1)<<7)
}

// Output:
// 0 0 0 15
// -8 -1 -1 -128 0
// -9223372036854775808 0 -1
// 10 2 7 5 -7 249
// 268435455 2 -1 -2
// fff 10000000
