package main

import "fmt"

type Inner struct{ A [2]int }
type Outer struct {
	In  Inner
	Tag string
}

func main() {
	o1 := Outer{Inner{[2]int{1, 2}}, "t"}
	o2 := o1
	o2.In.A[0] = 100
	fmt.Println(o1, o2, o1 == o2)
	o2.In.A[0] = 1
	fmt.Println(o1 == o2)
	arr := []Outer{o1, o2}
	arr[0].Tag = "changed"
	fmt.Println(o1.Tag, arr[0].Tag)
	for _, o := range arr {
		o.Tag = "loop"
	}
	fmt.Println(arr[0].Tag)
	for i := range arr {
		arr[i].Tag = "idx"
	}
	fmt.Println(arr[1].Tag)
	m := map[string]Outer{"a": o1}
	c := m["a"]
	c.Tag = "copy"
	fmt.Println(m["a"].Tag, c.Tag)
	p := &arr[0]
	arr[0].In.A[1] = 7
	fmt.Println(p.In.A)
}

// Output:
// {{[1 2]} t} {{[100 2]} t} false
// true
// t changed
// changed
// idx
// t copy
// [1 7]
