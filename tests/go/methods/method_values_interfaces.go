// Method values bind their receiver when evaluated (also through an
// interface and an embedded interface), interface method expressions,
// functions stored in maps and struct fields.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Acc struct{ total int }

func (a *Acc) Add(n int) int { a.total += n; return a.total }

type Shower interface{ Show() string }
type Item struct{ name string }

func (i Item) Show() string { return "item " + i.name }

type Wrapper struct{ Shower }

func apply(f func(int) int, xs ...int) (out []int) {
	for _, x := range xs {
		out = append(out, f(x))
	}
	return
}

func main() {
	var s fmt.Stringer = Temp(21.5)
	f := s.String
	s = Temp(0)
	fmt.Println(f(), s)
	g := fmt.Stringer.String
	fmt.Println(g(Temp(3)))
	acc := &Acc{}
	fmt.Println(apply(acc.Add, 1, 2, 3), acc.total)
	h := (*Acc).Add
	fmt.Println(h(acc, 10))
	w := Wrapper{Item{"x"}}
	show := w.Show
	w.Shower = Item{"y"}
	fmt.Println(show(), w.Show(), Shower.Show(w))
	funcs := map[string]func(string) string{"upper": strings.ToUpper, "lower": strings.ToLower, "title": strings.Title}
	keys := make([]string, 0)
	for k := range funcs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(funcs[k]("hello World"), ";")
	}
	fmt.Println()
	var nilf func()
	fmt.Println(nilf == nil, funcs["missing"] == nil)
	ops := []struct {
		name string
		fn   func(a, b int) int
	}{{"add", func(a, b int) int { return a + b }}, {"mul", func(a, b int) int { return a * b }}}
	for _, op := range ops {
		fmt.Println(op.name, op.fn(6, 7))
	}
}

// Output:
// 21.5° 0.0°
// 3.0°
// [1 3 6] 6
// 16
// item x item y item y
// hello world;Hello World;HELLO WORLD;
// true true
// add 13
// mul 42
