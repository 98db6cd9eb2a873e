package main

// Instances of a generic type named in package-level declarations before
// its methods (a slice type, an embedded pointer, an alias) keep the methods.

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T   { return b.V }
func (b *Box[T]) Set(v T) { b.V = v }

type Getter interface{ Get() int }

type L []Box[int]
type W struct{ *Box[int] }
type A = Box[string]

func main() {
	fmt.Println(Box[int]{4}.Get())
	l := L{{1}, {2}}
	l[1].Set(5)
	fmt.Println(l[0].Get(), l[1].Get())
	w := W{&Box[int]{7}}
	var g Getter = w
	fmt.Println(g.Get())
	var a A
	a.Set("s")
	fmt.Println(a.Get())
}

// Output:
// 4
// 1 5
// 7
// s
