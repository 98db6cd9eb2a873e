// Scopes: if/for/switch init statements open blocks, := in an inner block
// shadows, and the outer variable is untouched.
package main

import (
	"errors"
	"fmt"
)

var x = "package"

func get() (int, error) { return 0, errors.New("bad") }

func main() {
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 1; x > 0 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("never", y)
	} else {
		fmt.Println("else", x, y)
	}
	for x := 0; x < 1; x++ {
		x := x + 10
		fmt.Println("for", x)
	}
	switch x := 3.5; {
	case x > 3:
		fmt.Println("switch", x)
	}
	var err error
	if n, err := get(); err != nil {
		fmt.Println("inner err:", err, n)
	}
	fmt.Println("outer err:", err, x)
	fmt := "shadowed package name"
	println(fmt)
}

// Output:
// package
// block
// if 1
// for 10
// switch 3.5
// inner err: bad 0
// outer err: <nil> main
// shadowed package name
