// Syntax corners: parenthesized composite literals in if, elided element
// types, methods on literals, grouped var specs, trailing commas, immediately
// invoked func literals, switch with init and type guard, local types, an
// empty labeled statement as a goto target.
package main

import (
	"fmt"
)

type T struct{ A, B int }

func (t T) Sum() int { return t.A + t.B }

type Ints []int

func (s Ints) Len() int { return len(s) }

var (
	a, b = 1, "two"
	c    float64
)

func pair() (int, string) { return 3, "three" }

func get() interface{} { return T{1, 2} }

func main() {
	if (T{1, 2}) == (T{A: 1, B: 2}) {
		fmt.Println("equal literals")
	}
	for _, t := range []T{{1, 1}, {A: 2}} {
		fmt.Print(t.Sum(), " ")
	}
	fmt.Println(Ints{1, 2, 3}.Len(), T{3, 4}.Sum(), a, b, c)
	fmt.Println(
		"trailing",
		"commas",
	)
	var p *T = (*T)(nil)
	fmt.Println(p == nil, func() int { return 42 }())
	switch v := get(); x := v.(type) {
	case T:
		fmt.Println("T", x.A)
	}
	n, s := pair()
	fmt.Println(n, s)
	m := map[string]struct{ x, y int }{"o": {0, 0}, "p": {x: 1}}
	fmt.Println(m["p"].x, len(m))
	arr := [...][2]int{{1, 2}, {3, 4}}
	fmt.Println(len(arr), arr[1][0])
	ptrs := []*T{{5, 6}, nil}
	fmt.Println(ptrs[0].Sum(), ptrs[1] == nil)
	_ = struct{}{}
	var empty struct{}
	fmt.Println(empty == struct{}{})
	x := 10
	{
		x := x * 2
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	type local struct{ v int }
	l := local{7}
	lp := &l
	lp.v++
	fmt.Printf("%+v %T\n", l, l)
	f := func(xs ...int) int { return len(xs) }
	fmt.Println(f(), f(1, 2), f([]int{1, 2, 3}...))
	var fn func(int) (int, error)
	fmt.Println(fn == nil)
	const (
		big = 1 << 40
		sh  = big >> 38
	)
	fmt.Println(sh, 'a' < 'b', "x" + "y")
	lbl := 0
L:
	;
	lbl++
	if lbl < 3 {
		goto L
	}
	fmt.Println(lbl)
}

// Output:
// equal literals
// 2 2 3 7 1 two 0
// trailing commas
// true 42
// T 1
// 3 three
// 1 2
// 2 3
// 11 true
// true
// 21
// 10
// {v:8} main.local
// 0 2 3
// true
// 4 true xy
// 3
