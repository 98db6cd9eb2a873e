package main

import "fmt"

type Inner struct{ A []int }
type Outer struct {
	I  Inner
	P  *Inner
	M  map[string]int
	E  error
	IF interface{}
}

func main() {
	o := Outer{I: Inner{[]int{1}}, M: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n%+v\n", o, o)
	p := &Inner{[]int{2}}
	fmt.Printf("%v %+v\n", p, p)
	var e error
	fmt.Println(e)
	pi := &[]int{1}
	fmt.Println(pi)
	m := &map[string]int{"a": 1}
	fmt.Println(m)
}

// Output:
// {{[1]} <nil> map[a:2 z:1] <nil> <nil>}
// {I:{A:[1]} P:<nil> M:map[a:2 z:1] E:<nil> IF:<nil>}
// &{[2]} &{A:[2]}
// <nil>
// &[1]
// &map[a:1]
