// Generic types with methods: a stack, a linked list, a pair, methods that
// return other instantiations, and distinct instantiations being distinct
// types.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.Val), p.Key} }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	ints := &Stack[int]{}
	ints.Push(42)
	fmt.Printf("%T %v %+v\n", ints, ints.Len(), *ints)
	var l List[float64]
	for _, x := range []float64{1.5, 2.5, 3.5} {
		l.Prepend(x)
	}
	l.Each(func(x float64) { fmt.Print(x, " ") })
	fmt.Println(l.size)
	p := MakePair("k", 3)
	fmt.Printf("%v %+v %T\n", p, p.Swap(), p.Swap())
	fmt.Println(p == Pair[string, int]{"k", 3})
}

// Output:
// b true 1
// "" false
// *main.Stack[int] 1 {items:[42]}
// 3.5 2.5 1.5 3
// {k 3} {Key:3 Val:k} main.Pair[string,string]
// true
