package main

import "fmt"

var x = 10

func main() {
	fmt.Println(x)
	x := 20
	fmt.Println(x)
	{
		x := 30
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("inner", x)
	} else if y := x * 2; y > 0 {
		fmt.Println(y)
	}
	fmt.Println(x)
}

// Output:
// 10
// 20
// 31
// 20
// inner 5
// 20
