// fmt prints maps in key order: structs and arrays field by field, nil
// first among pointers and interfaces, runes as numbers unless %q.
package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	m := map[interface{}]int{1: 1, -3: 6, nil: 9, 7: 0}
	fmt.Println(m)
	m2 := map[K]bool{{2, "a"}: true, {1, "b"}: false, {1, "a"}: true}
	fmt.Println(m2)
	m3 := map[*int]int{nil: 1}
	fmt.Println(m3)
	m4 := map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2}
	fmt.Printf("%v %+v %#v\n", m4, m2, map[int8]uint{-1: 2, 3: 4})
	m5 := map[rune]bool{'b': true, 'a': false}
	fmt.Printf("%v %q\n", m5, m5)
	type E struct{}
	fmt.Println(map[E]int{{}: 1}, map[string][]int{"x": nil, "a": {1}})
}

// Output:
// map[<nil>:9 -3:6 1:1 7:0]
// map[{1 a}:true {1 b}:false {2 a}:true]
// map[<nil>:1]
// map[[a z]:2 [b a]:1] map[{A:1 B:a}:true {A:1 B:b}:false {A:2 B:a}:true] map[int8]uint{-1:0x2, 3:0x4}
// map[97:false 98:true] map['a':%!q(bool=false) 'b':%!q(bool=true)]
// map[{}:1] map[a:[1] x:[]]
