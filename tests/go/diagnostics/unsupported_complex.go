// Complex numbers are not supported yet: the first use fails at compile
// time with a clear message instead of misbehaving at run time.
package main

import "fmt"

func main() {
	fmt.Println("start")
	c := complex(1, 2)
	fmt.Println(real(c))
}

// Error:
// unsupported_complex.go:9:7: not supported yet: complex numbers (complex)
