// Arithmetic on variables of every sized integer type wraps around in two's
// complement, as the spec requires; only constants are checked for overflow.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = math.MaxInt32
	var i64 int64 = math.MaxInt64
	i8++
	i16++
	i32++
	i64++
	fmt.Println(i8, i16, i32, i64)
	var u8 uint8 = 0
	var u16 uint16 = 0
	var u32 uint32 = 0
	var u64 uint64 = 0
	u8--
	u16--
	u32--
	u64--
	fmt.Println(u8, u16, u32, u64)
	var m8 int8 = -128
	fmt.Println(-m8, m8/-1, m8%-1, m8*m8)
	var big int64 = math.MinInt64
	fmt.Println(-big, big/-1, big-1)
	var b byte = 200
	fmt.Println(b+100, b*2, b<<1, b>>1)
	var u uint = 3
	fmt.Println(u-4 == math.MaxUint, uint32(u)-4)
	x := int16(300)
	fmt.Println(int8(x), uint8(x), int8(-x), uint16(-x))
}

// Output:
// -128 -32768 -2147483648 -9223372036854775808
// 255 65535 4294967295 18446744073709551615
// -128 -128 0 0
// -9223372036854775808 -9223372036854775808 9223372036854775807
// 44 144 144 100
// true 4294967295
// 44 44 -44 65236
