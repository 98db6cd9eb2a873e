package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(16), math.Pow(2, 10), math.Abs(-3.5), math.Floor(2.7), math.Ceil(2.1))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Trunc(-2.7), math.Round(2.5))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 0))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32)
	fmt.Printf("%.4f %.4f %.4f\n", math.Pi, math.E, math.Log(math.E))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Log2(8), math.Log10(1000))
	fmt.Printf("%.3f %.3f %.3f\n", math.Sin(math.Pi/2), math.Cos(0), math.Atan2(1, 1))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	var u uint64 = math.MaxUint64
	fmt.Println(u)
}

// Output:
// 4 1024 3.5 2 3
// 7 3 1 -2 3
// +Inf -Inf true true
// 9223372036854775807 -9223372036854775808 2147483647 4294967295
// 3.1416 2.7183 1.0000
// 5 3 3 3
// 1.000 1.000 0.785
// 1.7976931348623157e+308 5e-324
// 18446744073709551615
