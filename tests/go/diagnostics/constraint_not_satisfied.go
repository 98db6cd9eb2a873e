// A type argument outside the constraint type set.
package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	_ = Sum([]string{"a"})
}

// Error:
// constraint_not_satisfied.go:14:9: string does not satisfy Number (string missing in ~int | ~float64)
