package main

// == on a value compared with itself (or a copy sharing its storage) is
// still false for a NaN inside and still panics for an uncomparable dynamic
// type inside: no identity shortcut.

import (
	"fmt"
	"math"
)

type S struct {
	f float64
	n int
}
type W struct{ v interface{} }

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	a := [1]float64{math.NaN()}
	fmt.Println(a == a)
	var i interface{} = math.NaN()
	j := i
	fmt.Println(i == j)
	s := S{math.NaN(), 1}
	p, q := &s, &s
	fmt.Println(s == s, *p == *q)
	sl := []S{s}
	fmt.Println(sl[0] == sl[0])
	var f32 interface{} = float32(math.NaN())
	fmt.Println(f32 == f32)
	b := [2]int{1, 2}
	fmt.Println(b == b)
	try(func() {
		x := [1]interface{}{[]int{}}
		fmt.Println(x == x)
	})
	try(func() {
		w := W{map[int]int{}}
		fmt.Println(w == w)
	})
	m := map[W]int{}
	try(func() { m[W{[]int{}}] = 1 })
}

// Output:
// false
// false
// false false
// false
// false
// true
// recovered: runtime error: comparing uncomparable type []int
// recovered: runtime error: comparing uncomparable type map[int]int
// recovered: runtime error: hash of unhashable type []int
