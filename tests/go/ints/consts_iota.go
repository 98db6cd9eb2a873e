package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
)

const big = 1 << 100

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d)
	fmt.Println(big >> 98)
	const f = 1.0 / 3
	fmt.Println(f * 3)
	fmt.Println(0.1+0.2 == 0.3)
	x := 0.1
	fmt.Println(x+0.2 == 0.3)
}

// Output:
// 0 1 2 4
// 1024 1048576 1073741824
// 0 0 1 10
// 4
// 1
// true
// false
