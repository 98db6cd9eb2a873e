package main

// Conversions between struct types (and pointers to them) that differ only
// in field tags, nested ones included, as Go allows since 1.8.

import "fmt"

type A struct {
	X int `json:"x"`
	S []string
}
type B struct {
	X int
	S []string `k:"v"`
}

type N struct {
	In struct {
		V int `t:"1"`
	}
}
type M struct {
	In struct{ V int }
}

func main() {
	a := A{1, []string{"s"}}
	b := B(a)
	b.X = 2
	fmt.Println(a, b)
	pa := &a
	pb := (*B)(pa)
	pb.X = 3
	fmt.Println(a.X, pb.X)
	var n N
	n.In.V = 4
	m := M(n)
	fmt.Printf("%+v %+v\n", n, m)
}

// Output:
// {1 [s]} {2 [s]}
// 3 3
// {In:{V:4}} {In:{V:4}}
