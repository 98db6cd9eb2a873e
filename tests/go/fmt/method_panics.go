package main

// A String or Error method that panics while fmt prints its value: fmt
// prints the panic value in %!verb(PANIC=Method method: value); a nil
// pointer receiver prints <nil>.

import (
	"errors"
	"fmt"
)

type B struct{}

func (B) String() string { panic("boom") }

type E struct{}

func (E) Error() string { panic(errors.New("bad")) }

type M struct{}

func (M) String() string {
	var m map[string]int
	m["x"] = 1
	return "unreachable"
}

type P struct{ x int }

func (p *P) String() string { return fmt.Sprint(p.x) }

func main() {
	fmt.Println(B{})
	fmt.Printf("%s|%d\n", E{}, B{})
	fmt.Println(M{})
	var p *P
	fmt.Println(p)
	fmt.Printf("[%10v]\n", B{})
	fmt.Println(fmt.Sprintf("%v", []interface{}{B{}, 1}))
}

// Output:
// %!v(PANIC=String method: boom)
// %!s(PANIC=Error method: bad)|{}
// %!v(PANIC=String method: assignment to entry in nil map)
// <nil>
// [%!v(PANIC=String method: boom)]
// [%!v(PANIC=String method: boom) 1]
