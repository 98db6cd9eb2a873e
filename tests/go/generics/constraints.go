package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%d", int(i)) }

func JoinAll[T Stringer](xs []T) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ","
		}
		s += x.String()
	}
	return s
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(JoinAll([]ID{1, 2, 3}))
	fmt.Println(Max(3, 7), Max(2.5, 1.5), Max("a", "b"))
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]int{1}, 5))
}

// Output:
// ID-1,ID-2,ID-3
// 7 2.5 b
// 1 -1
