package main

// == on structs and arrays follows Go's rules for what they hold: blank
// fields are skipped, NaN is unequal to itself, and an interface field
// holding a func, slice or map panics even when both sides hold the same one.

import (
	"fmt"
	"math"
)

type B struct {
	a int
	_ int
	c string
}
type F struct{ f float64 }
type W struct{ v interface{} }

func compare(x, y W) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	fmt.Println(x == y)
}

func main() {
	var b1, b2 B
	b1.c, b2.c = "q", "q"
	fmt.Println(b1 == b2)
	n := math.NaN()
	fmt.Println(F{n} == F{n}, [1]float64{n} == [1]float64{n}, [1]float64{math.Copysign(0, -1)} == [1]float64{0})
	fmt.Println(W{[2]int{1, 2}} == W{[2]int{1, 2}}, W{1} == W{"1"})
	f := func() {}
	compare(W{f}, W{f})
	s := []int{1}
	compare(W{s}, W{s})
	compare(W{map[int]int{}}, W{1})
}

// Output:
// true
// false false true
// true false
// recovered: runtime error: comparing uncomparable type func()
// recovered: runtime error: comparing uncomparable type []int
// false
