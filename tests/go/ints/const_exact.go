// Untyped constants are exact: huge intermediate values, exact rationals and
// float constants that are only rounded when they are finally used.
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Third = 1.0 / 3
	Huge  = 1e300 * 1e300 / 1e300
)

func main() {
	fmt.Println(Small, Big/(Big>>2), Third*3 == 1)
	const f = 0.1 + 0.2
	x, y := 0.1, 0.2
	fmt.Println(f == 0.3, x+y == 0.3, Huge)
	fmt.Println(7/2, 7/2.0, -7/2, -7%3, 7.0/2)
	const b byte = 'A' + 2
	fmt.Println(b, string(rune(b)), 'x'-'a')
	var i int = 1e3
	var g float32 = 1 << 24
	fmt.Println(i, g+1, 1<<62/1e9)
	const maxU = ^uint32(0)
	fmt.Println(maxU, uint64(1<<64-1), int8(-128)+127)
}

// Output:
// 4 4 true
// true false 1e+300
// 3 3.5 -3 -1 3.5
// 67 C 23
// 1000 1.6777216e+07 4.611686018427388e+09
// 4294967295 18446744073709551615 -1
