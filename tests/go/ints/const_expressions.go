// Constant expressions: len of arrays and strings as constants (array
// sizes), typed iota expressions, huge untyped values used in float and
// uint64 contexts, integer vs float constant division, complements.
package main

import (
	"fmt"
	"math"
)

type Size int

const (
	KB Size = 1 << (10 * (iota + 1))
	MB
)

var arr [4]int

const n = len(arr)
const s = len("héllo")

var grid [n * 2][s]bool

const huge = math.MaxUint64
const neg = -huge

func main() {
	fmt.Println(n, s, len(grid), len(grid[0]), KB, MB/KB)
	fmt.Printf("%T %v\n", MB, MB)
	var u uint64 = huge
	fmt.Println(u, float64(neg), huge/3)
	const r = 'a' * 2
	fmt.Printf("%T %v %c\n", r, r, r/2)
	const f = 5 / 2.0
	const i = 5 / 2
	var x float32 = i
	fmt.Println(f, i, x, 1<<3.0, 7.0/2)
	const big = 1e40
	fmt.Println(big/1e38, int64(big/1e30))
	type Dir int
	const (
		N Dir = iota
		E
		S
		W
	)
	d := W
	d++
	fmt.Println(d%4, -7/2, -7>>1, 7&-7)
	const mask = ^0
	const umask uint8 = ^uint8(0)
	fmt.Println(mask, umask, ^uint16(1))
	fmt.Println(math.MaxInt8+1, math.MinInt64/2, math.Pi*2)
}

// Output:
// 4 6 8 6 1024 1024
// main.Size 1048576
// 18446744073709551615 -1.8446744073709552e+19 6148914691236517205
// int32 194 a
// 2.5 2 2 8 3.5
// 100 10000000000
// 0 -3 -4 1
// -1 255 65534
// 128 -4611686018427387904 6.283185307179586
