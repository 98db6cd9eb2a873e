// Type inference from ordinary arguments, from function-typed arguments,
// partial explicit instantiation, and generic functions used as values after
// instantiation.
package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Convert[To, From ~int | ~float64](x From) To { return To(x) }

func Zero[T any]() T {
	var z T
	return z
}

type Slice[E any] []E

func First[S ~[]E, E any](s S) E { return s[0] }

func main() {
	words := []string{"go", "is", "fun"}
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens, Map(lens, func(n int) bool { return n > 2 }))
	fmt.Println(Filter([]int{1, 2, 3, 4}, func(n int) bool { return n%2 == 0 }))
	fmt.Println(Reduce(words, "", func(a string, w string) string { return a + strings.ToUpper(w) }))
	fmt.Println(Convert[int](3.9), Convert[float64](7))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[*int](), Zero[[2]bool]())
	up := Map[string, string]
	fmt.Println(up(words, strings.ToUpper))
	fmt.Println(First(Slice[string]{"x", "y"}), First([]float64{2.5}))
}

// Output:
// [2 2 3] [false false true]
// [2 4]
// GOISFUN
// 3 7
// "" <nil> [false false]
// [GO IS FUN]
// x 2.5
