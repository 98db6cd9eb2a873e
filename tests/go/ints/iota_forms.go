// iota: restarts at each const block, counts specs (not names), is shared by
// the names of one spec, skips with _, and repeats the last expression.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	x = "x"
	y
	z = iota
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
)

func main() {
	fmt.Println(Sunday, Tuesday, Monday+1, int(Tuesday))
	fmt.Println(KB, MB, GB/MB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z)
	fmt.Println(bit0, mask0, bit1, mask1)
	fmt.Printf("%v %d %T\n", Monday, Monday, Monday)
}

// Output:
// Sun Tue Tue 2
// 1024 1.048576e+06 1024
// 0 0 1 10 3 30
// x x 2
// 1 0 2 1
// Mon 1 main.Weekday
