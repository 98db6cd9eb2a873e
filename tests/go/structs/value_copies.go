// Struct and array values are copied by every assignment form: map and
// slice stores, append, range, interfaces, channels, closures, tuple
// assignments (swaps, rotations) and function results.
package main

import "fmt"

type P struct {
	X int
	T [2]string
}

type Pair struct{ A, B P }

func twice(p P) (P, P) { return p, p }

func main() {
	s := P{1, [2]string{"a", "b"}}
	m := map[string]P{}
	m["k"] = s
	s.X = 2
	fmt.Println(m["k"].X, s.X)
	list := []P{}
	list = append(list, s)
	s.X = 3
	fmt.Println(list[0].X)
	for _, v := range list {
		v.X = 100
	}
	fmt.Println(list[0].X)
	var i interface{} = s
	s.X = 4
	fmt.Println(i.(P).X)
	arr := [2]P{s, s}
	arr2 := arr
	arr2[0].T[0] = "changed"
	fmt.Println(arr[0].T[0], arr2[0].T[0])
	f := func() int { return s.X }
	s.X = 5
	fmt.Println(f())
	ch := make(chan P, 1)
	ch <- s
	s.X = 6
	fmt.Println((<-ch).X)
	g := [2][2]int{{1, 2}, {3, 4}}
	g[0], g[1] = g[1], g[0]
	fmt.Println(g)
	pr := Pair{P{X: 1}, P{X: 2}}
	pr.A, pr.B = pr.B, pr.A
	fmt.Println(pr.A.X, pr.B.X)
	x, y := list[0], list[0]
	x.X = 50
	fmt.Println(y.X, list[0].X)
	a, b := twice(s)
	a.X = 7
	fmt.Println(b.X)
	ps := []*P{&s}
	ps[0].X = 8
	fmt.Println(s.X)
	ss := []P{{X: 1}, {X: 2}, {X: 3}}
	ss[0], ss[1], ss[2] = ss[2], ss[0], ss[1]
	fmt.Println(ss[0].X, ss[1].X, ss[2].X)
	mm := map[int]P{1: {X: 1}, 2: {X: 2}}
	mm[1], mm[2] = mm[2], mm[1]
	fmt.Println(mm[1].X, mm[2].X)
	q := &pr
	q.A, pr.A = pr.A, q.B
	fmt.Println(pr.A.X, q.B.X)
	v := ss[0]
	ss[0] = ss[1]
	ss[1] = v
	fmt.Println(ss[0].X, ss[1].X)
	st := struct{ In P }{s}
	cp := st.In
	cp.T[1] = "zz"
	fmt.Println(st.In.T[1])
	fmt.Println(fmt.Sprint(s) == fmt.Sprint(P{8, [2]string{"a", "b"}}))
}

// Output:
// 1 2
// 2
// 2
// 3
// a changed
// 5
// 5
// [[3 4] [1 2]]
// 2 1
// 2 2
// 6
// 8
// 3 1 2
// 2 1
// 1 1
// 1 3
// b
// true
