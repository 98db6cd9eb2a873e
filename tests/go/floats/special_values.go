// IEEE special values: division by a zero variable gives ±Inf or NaN (no
// panic for floats), NaN is unequal to itself, and -0 prints as 0 but keeps
// its sign.
package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	pos, neg, nan := 1/zero, -1/zero, zero/zero
	fmt.Println(pos, neg, nan, nan == nan, nan != nan)
	fmt.Println(math.IsInf(pos, 1), math.IsInf(neg, 0), math.IsNaN(nan))
	negZero := -zero
	fmt.Println(negZero, math.Signbit(negZero), 1/negZero, negZero == 0)
	fmt.Println(math.Inf(1) - math.Inf(1), math.Sqrt(-1), math.Max(1, nan), math.Min(2.0, nan))
	fmt.Printf("%5.1f|%-6v|%+v|%08.2f\n", pos, neg, nan, neg)
	fmt.Println(int64(float64(1e18)) == 1e18, float64(1<<53+1))
	m := map[float64]int{nan: 1}
	m[nan] = 2
	fmt.Println(len(m), m[nan])
}

// Output:
// +Inf -Inf NaN false true
// true true true
// -0 true -Inf true
// NaN NaN NaN NaN
//  +Inf|-Inf  |NaN|    -Inf
// true 9.007199254740992e+15
// 2 0
