package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Total() int  { return a.total }

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := &Acc{}
	apply(a.Add, 1, 2, 3)
	fmt.Println(a.Total())
	t := a.Total
	a.Add(10)
	fmt.Println(t(), a.Total())
	fs := []func() int{a.Total}
	fmt.Println(fs[0]())
	add := (*Acc).Add
	add(a, 100)
	fmt.Println(Acc.Total(*a))
}

// Output:
// 6
// 6 16
// 16
// 116
