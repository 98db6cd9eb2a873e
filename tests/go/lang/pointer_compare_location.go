package main

// Pointers compare by the location they denote: &t.x taken twice, or &a[i]
// taken twice, are equal, also inside structs, arrays and interfaces and as
// switch tags.

import "fmt"

type T struct{ x, y int }
type S struct{ p *int }

func main() {
	var t T
	p1, p2 := &t.x, &t.x
	fmt.Println(p1 == p2, p1 != p2, p1 == &t.y)
	arr := [3]int{1, 2, 3}
	q1, q2 := &arr[2], &arr[2]
	fmt.Println(q1 == q2, &arr[1] == q1)
	fmt.Println(S{p1} == S{p2}, [1]*int{q1} == [1]*int{q2})
	var i1, i2 interface{} = p1, p2
	fmt.Println(i1 == i2)
	switch q1 {
	case &arr[1]:
		fmt.Println("arr[1]")
	case &arr[2]:
		fmt.Println("arr[2]")
	}
	m := map[*int]string{p1: "x"}
	fmt.Println(m[p2], len(m))
	var np *int
	fmt.Println(np == nil, p1 == nil, np == p1)
}

// Output:
// true false false
// true false
// true true
// true
// arr[2]
// x 1
// true false false
