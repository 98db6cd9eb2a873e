package main

// recover() in a method deferred through a wrapper (x.M, p.M, a method
// value, an interface method, a promoted method) stops the panic, as the
// method is the deferred call; called from a deferred func literal through
// a method value it is not, and returns nil.

import "fmt"

type T struct{}

func (T) Rec() { fmt.Println("rec:", recover()) }

type P struct{ n int }

func (p *P) Rec() { fmt.Println("prec:", recover(), p.n) }

type I interface{ Rec() }

type D struct{ T }

func a() {
	defer T{}.Rec()
	panic("a")
}
func b() {
	p := &P{7}
	defer p.Rec()
	panic("b")
}
func c() {
	m := T{}.Rec
	defer m()
	panic("c")
}
func d() {
	var i I = T{}
	defer i.Rec()
	panic("d")
}
func e() {
	defer D{}.Rec()
	panic("e")
}
func f() {
	m := T{}.Rec
	defer func() { m() }()
	defer func() { fmt.Println("f outer:", recover()) }()
	panic("f")
}

func main() {
	a()
	b()
	c()
	d()
	e()
	f()
}

// Output:
// rec: a
// prec: b 7
// rec: c
// rec: d
// rec: e
// f outer: f
// rec: <nil>
