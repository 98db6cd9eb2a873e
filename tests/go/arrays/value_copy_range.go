// Arrays are values: assignment, function arguments and range all work on
// copies; arrays of arrays copy deeply; == compares element-wise.
package main

import "fmt"

func zeroFirst(a [3]int) [3]int {
	a[0] = 0
	return a
}

func zeroFirstPtr(a *[3]int) { a[0] = 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	c := zeroFirst(a)
	fmt.Println(a, b, c, a == [3]int{1, 2, 3}, a != b)
	for i, v := range a {
		if i == 0 {
			a[2] = 300
		}
		fmt.Print(v, " ")
	}
	fmt.Println(a)
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	g2 := grid
	g2[1][0] = "C"
	fmt.Println(grid, g2)
	zeroFirstPtr(&a)
	p := &a
	fmt.Println(a, len(p), p[1], cap(p))
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(*p)
	arr := [...]string{2: "two", 5: "five"}
	fmt.Println(len(arr), arr, fmt.Sprintf("%q", arr))
	s := a[:2]
	s[0] = -1
	fmt.Println(a, s)
	type pair struct{ xs [2]int }
	p1 := pair{[2]int{1, 2}}
	p2 := p1
	p2.xs[0] = 9
	fmt.Println(p1, p2, p1 == p2)
}

// Output:
// [1 2 3] [1 20 3] [0 2 3] true true
// 1 2 3 [1 2 300]
// [[a b] [c d]] [[a b] [C d]]
// [0 2 300] 3 2 3
// [0 4 600]
// 6 [  two   five] ["" "" "two" "" "" "five"]
// [-1 4 600] [-1 4]
// {[1 2]} {[9 2]} false
