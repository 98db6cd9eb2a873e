// Interface values are equal when their dynamic types and values are equal;
// comparing two interfaces holding the same uncomparable type panics.
package main

import "fmt"

type Name string

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a == interface{}(int64(1)), a == 1)
	var n interface{} = Name("x")
	fmt.Println(n == "x", n == Name("x"), n == interface{}("x"))
	m := map[interface{}]int{1: 1, "1": 2, 1.0: 3, Name("1"): 4}
	fmt.Println(len(m), m[1], m["1"], m[1.0], m[Name("1")])
	var x, y interface{} = []int{1}, []int{1}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(x == 1)
	fmt.Println(x == y)
}

// Output:
// true false true
// false true false
// 4 1 2 3 4
// false
// recovered: runtime error: comparing uncomparable type []int
