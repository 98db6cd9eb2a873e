package main

import "fmt"

func main() {
	x, y := 17, 5
	fmt.Println(x+y, x-y, x*y, x/y, x%y)
	fmt.Println(-x/y, -x%y, x/-y, x%-y)
	fmt.Println(x&y, x|y, x^y, x&^y, x<<2, x>>1)
	var u uint = 3
	i200, i100 := 200, 100
	fmt.Println(^u == ^uint(3), -7>>1, uint8(i200)+uint8(i100))
	fmt.Println(^0, ^x)
}


// Output:
// 22 12 85 3 2
// -3 -2 -3 2
// 1 21 20 16 68 8
// true -4 44
// -1 -18
