// %v, %+v and %#v on structs, pointers, maps, slices, nil values and
// unsigned integers (which %#v prints in hex).
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	In    Inner
	Ptr   *Inner
	List  []string
	M     map[string]int
	I     interface{}
	f     float64
	Bytes []byte
}

func main() {
	in := Inner{1, "x"}
	o := Outer{In: in, List: []string{"a"}, M: map[string]int{"k": 1}, f: 2.5, Bytes: []byte("b")}
	fmt.Println(o)
	fmt.Printf("%+v\n", Outer{In: in, List: nil, I: 3})
	fmt.Printf("%#v\n", in)
	fmt.Printf("%#v\n", Outer{In: in})
	fmt.Printf("%v %+v\n", &in, &in)
	fmt.Printf("%#v %#v %#v %#v\n", uint(10), uint8(255), int8(-5), uintptr(16))
	fmt.Printf("%#v %#v %#v %#v\n", "q\"s", 'x', true, 1e6)
	fmt.Printf("%#v %#v\n", []interface{}{1, "a", nil}, map[string]bool{"b": true, "a": false})
	fmt.Printf("%#v %#v %#v\n", []int(nil), map[int]int(nil), [2]string{"a", "b"})
	var ip *int
	var e error
	fmt.Printf("%v %+v %#v %v\n", ip, e, e, []*int{nil})
	fmt.Printf("%#v\n", struct {
		X int
		y []float64
	}{1, []float64{0.5}})
	type Named []int
	fmt.Printf("%#v %v\n", Named{1}, Named{2})
}

// Output:
// {{1 x} <nil> [a] map[k:1] <nil> 2.5 [98]}
// {In:{A:1 B:x} Ptr:<nil> List:[] M:map[] I:3 f:0 Bytes:[]}
// main.Inner{A:1, B:"x"}
// main.Outer{In:main.Inner{A:1, B:"x"}, Ptr:(*main.Inner)(nil), List:[]string(nil), M:map[string]int(nil), I:interface {}(nil), f:0, Bytes:[]uint8(nil)}
// &{1 x} &{A:1 B:x}
// 0xa 0xff -5 0x10
// "q\"s" 120 true 1e+06
// []interface {}{1, "a", interface {}(nil)} map[string]bool{"a":false, "b":true}
// []int(nil) map[int]int(nil) [2]string{"a", "b"}
// <nil> <nil> <nil> [<nil>]
// struct { X int; y []float64 }{X:1, y:[]float64{0.5}}
// main.Named{1} [2]
