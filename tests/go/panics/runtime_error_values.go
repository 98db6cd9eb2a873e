// Recovered runtime panics are runtime.Error values whose Error text is
// Go's; conversions and custom panics keep their values.
package main

import (
	"errors"
	"fmt"
)

func catch(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return nil
}

type myErr struct{}

func (myErr) Error() string { return "mine" }

func main() {
	var m map[string]int
	var p *struct{ x int }
	var i interface{} = "str"
	zero := 0
	cases := []func(){
		func() { m["a"] = 1 },
		func() { _ = p.x },
		func() { _ = i.(int) },
		func() { _ = 1 / zero },
		func() { _ = []int{}[zero] },
		func() { panic(myErr{}) },
		func() { panic(fmt.Sprintf("%d", 42)) },
		func() { panic(errors.New("wrapped")) },
	}
	for _, c := range cases {
		r := catch(c)
		err, isErr := r.(error)
		_, isRuntime := r.(interface{ RuntimeError() })
		if isErr {
			fmt.Printf("%-5v %-5v %s\n", isErr, isRuntime, err.Error())
		} else {
			fmt.Printf("%-5v %-5v %v\n", isErr, isRuntime, r)
		}
	}
	fmt.Println(catch(func() {}) == nil)
}

// Output:
// true  true  assignment to entry in nil map
// true  true  runtime error: invalid memory address or nil pointer dereference
// true  true  interface conversion: interface {} is string, not int
// true  true  runtime error: integer divide by zero
// true  true  runtime error: index out of range [0] with length 0
// true  false mine
// false false 42
// true  false wrapped
// true
