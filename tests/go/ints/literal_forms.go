// Every integer and floating-point literal form of the Go spec: prefixes in
// both cases, underscores between digits, hex floats with p exponents, and
// literals that only become ints through constant conversion.
package main

import "fmt"

func main() {
	fmt.Println(0, 42, 4_2, 0600, 0_600, 0o600, 0O600)
	fmt.Println(0xBadFace, 0xBad_Face, 0x_67_7a_2f_cc_40_c6, 0XFF, 0b1011, 0B_1_0)
	fmt.Println(170141183460469231731687303715884105727 >> 100)
	fmt.Println(0., 72.40, 072.40, 2.71828, 1.e+0, 6.67428e-11, 1E6, .25, .12345E+5)
	fmt.Println(1_5., 0.15e+0_2, 0x1p-2, 0x2.p10, 0x1.Fp+0, 0X.8p-0, 0X_1FFFP-16)
	var f float32 = 0x1p-149
	fmt.Println(f > 0, 1e2 == 100, int64(1e18))
	const c = 'a' + 1
	fmt.Printf("%T %v %T %v\n", c, c, 0x10p0, 0x10p0)
}

// Output:
// 0 42 42 384 384 384 384
// 195951310 195951310 113774485586118 255 11 2
// 134217727
// 0 72.4 72.4 2.71828 1 6.67428e-11 1e+06 0.25 12345
// 15 15 0.25 2048 1.9375 0.5 0.1249847412109375
// true true 1000000000000000000
// int32 98 float64 16
