// float32 values are rounded to single precision after every operation and
// print with the shortest representation that round-trips as float32.
package main

import (
	"fmt"
	"math"
)

func main() {
	var f float32 = 0.1
	fmt.Println(f, float64(f), f*3, float64(f)*3)
	var big float32 = 16777216
	fmt.Println(big+1, big+2, float32(16777217))
	two := float32(2)
	var third float32 = 1.0 / 3
	fmt.Println(third, third*3 == 1, float64(third))
	sum := float32(0)
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	fmt.Println(math.MaxFloat32, float32(math.MaxFloat32)*two)
	fmt.Printf("%v %.10f %g %e\n", float32(2.5), float32(0.1), float32(1e-7), float32(123456789))
	var d float64 = 0.1
	fmt.Println(d+0.2, float32(d)+0.2)
}

// Output:
// 0.1 0.10000000149011612 0.3 0.30000000447034836
// 1.6777216e+07 1.6777218e+07 1.6777216e+07
// 0.33333334 true 0.3333333432674408
// 1.0000001 false
// 3.4028234663852886e+38 +Inf
// 2.5 0.1000000015 1e-07 1.234568e+08
// 0.30000000000000004 0.3
