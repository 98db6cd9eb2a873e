// math constants keep full precision until used, and the common functions
// round as Go's do.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8)
	var u uint64 = math.MaxUint64
	fmt.Println(u, math.Pi, float32(math.Pi), math.E)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Mod(7, -3), math.Mod(-7, 3), math.Remainder(7, 3), math.Abs(-0.0), math.Copysign(3, -1))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -1), math.Sqrt(2), math.Cbrt(27), math.Hypot(3, 4))
	fmt.Println(math.Log(math.E), math.Log2(8), math.Log10(0.001), math.Exp(0), math.Log(0))
	fmt.Println(math.Max(3, 7), math.Min(-0.0, 0), math.Inf(-1), math.MaxFloat64)
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(-3.25)
	fmt.Println(frac, exp, ip, fp, math.Ldexp(0.5, 4))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, 1))
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.SmallestNonzeroFloat64, math.IsNaN(math.NaN()), math.Signbit(math.Copysign(0, -1)))
}

// Output:
// 9223372036854775807 -9223372036854775808 4294967295 127
// 18446744073709551615 3.141592653589793 3.1415927 2.718281828459045
// -3 -2 -2 -3 2
// 1 -1 1 0 -3
// 1024 0.5 1.4142135623730951 3 5
// 1 3 -3 1 -Inf
// 7 0 -Inf 1.7976931348623157e+308
// 0.5 4 -3 -0.25 8
// 0.5000 0.5000 1.0000 0.7854
// 4607182418800017408 1065353216 2
// 5e-324 true true
