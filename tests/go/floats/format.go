package main

import "fmt"

func main() {
	fmt.Println(1.0, 2.5, 1e6, 1e21, 1e20, 123456789.0, 0.000001, 1e-7)
	fmt.Println(3.0/2, 10.0/3, float32(10.0)/3)
	var z float64
	fmt.Println(1/z > 1e308, -1/z < 0, z/z == z/z)
	fmt.Printf("%v %.2f %e %g %8.3f|%-8.2f|\n", 3.14159, 3.14159, 31415.9, 0.00001234, 2.5, 2.5)
}

// Output:
// 1 2.5 1e+06 1e+21 1e+20 1.23456789e+08 1e-06 1e-07
// 1.5 3.3333333333333335 3.3333333
// true true false
// 3.14159 3.14 3.141590e+04 1.234e-05    2.500|2.50    |
