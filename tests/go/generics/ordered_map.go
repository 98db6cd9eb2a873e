// A generic ordered map with a constraint from cmp, generic methods calling
// generic functions, and a generic tree walk.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: make(map[K]V)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		i, _ := slices.BinarySearch(m.keys, k)
		m.keys = slices.Insert(m.keys, i, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Each(f func(K, V)) {
	for _, k := range m.keys {
		f(k, m.vals[k])
	}
}

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if cmp.Less(v, t.Val) {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(visit func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func main() {
	m := NewOrderedMap[string, int]()
	for i, w := range strings.Fields("pear apple fig apple kiwi") {
		m.Set(w, i)
	}
	m.Each(func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println()
	var root *Tree[float64]
	for _, v := range []float64{5, 2.5, 8, 1, 9.75} {
		root = root.Insert(v)
	}
	root.Walk(func(v float64) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Println(cmp.Compare("a", "b"), cmp.Compare(2, 1), cmp.Or("", "default"), cmp.Or(0, 0, 3))
}

// Output:
// apple=3 fig=2 kiwi=4 pear=0 
// 1 2.5 5 8 9.75 
// -1 1 default 3
