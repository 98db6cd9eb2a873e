package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, p == Point{1, 2})
	r := Rect{Max: Point{3, 4}, Name: "r"}
	r2 := r
	r2.Max.X = 30
	fmt.Println(r, r2)
	fmt.Printf("%v %+v %#v\n", p, r, p)
	pp := &r.Max
	pp.Y = 40
	fmt.Println(r.Max)
	var z Rect
	fmt.Printf("%+v\n", z)
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon)
}

// Output:
// {1 2} {10 2} false true
// {{0 0} {3 4} r} {{0 0} {30 4} r}
// {1 2} {Min:{X:0 Y:0} Max:{X:3 Y:4} Name:r} main.Point{X:1, Y:2}
// {3 40}
// {Min:{X:0 Y:0} Max:{X:0 Y:0} Name:}
// {1 x}
