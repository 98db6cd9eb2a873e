package main

// Method values, defers, go statements and method values passed as
// arguments on a type-parameter receiver call the concrete method (x.M as a
// value ran nothing), for a concrete and an interface type argument.

import (
	"fmt"
	"sync"
)

type V struct{ s string }

func (v V) String() string { return "V(" + v.s + ")" }
func (v V) Say()           { fmt.Println("say", v.s) }
func (v V) M(wg *sync.WaitGroup) {
	fmt.Println("m", v.s)
	wg.Done()
}

type I interface {
	String() string
	Say()
	M(*sync.WaitGroup)
}

func call(f func() string) string { return f() }

type Holder[T fmt.Stringer] struct{ v T }

func (h Holder[T]) Get() func() string { return h.v.String }

func Run[T I](x T) {
	defer x.Say()
	var wg sync.WaitGroup
	wg.Add(1)
	go x.M(&wg)
	wg.Wait()
	fmt.Println(call(x.String))
	fmt.Println(Holder[T]{x}.Get()())
}

func main() {
	Run(V{"a"})
	Run[I](V{"b"})
}

// Output:
// m a
// V(a)
// V(a)
// say a
// m b
// V(b)
// V(b)
// say b
