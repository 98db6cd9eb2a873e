package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 30)
	fmt.Println(a, b)
	c := a[1:2:3]
	c = append(c, 40)
	c = append(c, 50)
	c[0] = 99
	fmt.Println(a, c, len(c), cap(c))
	d := make([]int, 2, 10)
	e := d[:5]
	fmt.Println(e, len(e), cap(e))
	var n []int
	fmt.Println(n == nil, len(n), cap(n), n[:0] == nil)
	m := []int{}
	fmt.Println(m == nil)
}

// Output:
// [1 20 3 4 5] [20 3] 2 4
// [1 20 3 30 5] [20 3 30]
// [1 20 40 30 5] [99 40 50] 3 4
// [0 0 0 0 0] 5 10
// true 0 0 true
// false
