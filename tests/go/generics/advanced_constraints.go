// Generics beyond the basics: a pointer-method constraint (PT Setter[T]),
// type switches on any(v), generic slice types with methods, generic
// structs with Stringer, comparable map keys and variadic func parameters.
package main

import (
	"fmt"
	"strconv"
)

type Setter[T any] interface {
	*T
	Set(string)
}

type IntBox struct{ v int }

func (b *IntBox) Set(s string) { b.v, _ = strconv.Atoi(s) }

func Parse[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return fmt.Sprintf("other %T", v)
}

type Num interface{ ~int | ~float64 }

func MapKeys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Vec[T Num] []T

func (v Vec[T]) Sum() (s T) {
	for _, x := range v {
		s += x
	}
	return
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Wrapper[T any] struct {
	Inner T
	Tags  []string
}

func (w Wrapper[T]) String() string { return fmt.Sprintf("W(%v)", w.Inner) }

func Counter[T comparable](xs []T) map[T]int {
	m := make(map[T]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

func Apply[T any](xs []T, fs ...func(T) T) []T {
	for _, f := range fs {
		for i := range xs {
			xs[i] = f(xs[i])
		}
	}
	return xs
}

type Point struct{ X, Y int }

func main() {
	boxes := Parse[IntBox]([]string{"1", "22", "x"})
	fmt.Println(boxes)
	fmt.Println(Describe(5), Describe("s"), Describe(Wrapper[int]{Inner: 3}), Describe(2.5))
	fmt.Println(MapKeys(map[string]bool{"a": true, "b": false}))
	v := Vec[float64]{1.5, 2.5}
	fmt.Println(v.Sum(), v.Scale(2), Vec[int]{1, 2, 3}.Scale(3).Sum())
	w := Wrapper[[]int]{Inner: []int{1, 2}}
	fmt.Println(w, w.Tags == nil)
	fmt.Printf("%v %+v\n", Wrapper[Point]{Inner: Point{1, 2}}, Wrapper[string]{Inner: "x", Tags: []string{"t"}}.Tags)
	c := Counter([]Point{{1, 2}, {1, 2}, {0, 0}})
	fmt.Println(c[Point{1, 2}], c[Point{0, 0}], len(c))
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(Apply([]int{1, 2, 3}, double, inc))
	fmt.Printf("%T %T\n", v, w)
}

// Output:
// [{1} {22} {0}]
// int 5 string s stringer W(3) other float64
// 2
// 4 [3 5] 18
// W([1 2]) true
// W({1 2}) [t]
// 2 1 2
// [3 5 7]
// main.Vec[float64] main.Wrapper[[]int]
