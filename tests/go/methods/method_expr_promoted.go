package main

// Method expressions of promoted methods (T.M, (*T).M with M from an
// embedded field, through a pointer embedding too) receive the outer value
// and reach the embedded receiver.

import "fmt"

type Base struct{ name string }

func (b Base) Hello() string    { return "hello " + b.name }
func (b *Base) Rename(n string) { b.name = n }

type Derived struct{ Base }

type Deep struct {
	x int
	*Derived
}

func main() {
	d := Derived{Base{"d"}}
	fmt.Println(Derived.Hello(d))
	r := (*Derived).Rename
	r(&d, "x")
	fmt.Println(d.name, (*Derived).Hello(&d))
	dp := Deep{1, &d}
	Deep.Rename(dp, "deep")
	fmt.Println(d.name, Deep.Hello(dp))
	f := Base.Hello
	fmt.Println(f(Base{"b"}))
}

// Output:
// hello d
// x hello x
// deep hello deep
// hello b
