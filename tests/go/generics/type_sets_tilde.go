// Constraints with type sets: ~T admits named types with that underlying
// type, unions combine sets, methods in constraints are callable, and the
// operators allowed are those every type in the set supports.
package main

import (
	"fmt"
	"strconv"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface{ Integer | Float }

type MyInt int

type Celsius float32

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type StringerInt interface {
	~int
	String() string
}

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

func Describe[T StringerInt](x T) string { return x.String() + "+" + strconv.Itoa(int(x)+1) }

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Largest[T interface{ ~string | Integer }](xs []T) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if x > best {
			best = x
		}
	}
	return best
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 27))
	fmt.Println(Sum(MyInt(4), MyInt(5)), Sum(Celsius(1.5), 2))
	fmt.Printf("%T %T\n", Sum(MyInt(1)), Sum[Celsius]())
	fmt.Println(Describe(MyInt(41)))
	fmt.Println(Keys(map[string]bool{"a": true}), Keys(map[[2]int]int{}))
	fmt.Println(Largest([]string{"pear", "apple", "zoo"}), Largest([]int16{-3, 9, 2}))
}

// Output:
// 6 3.75 127
// MyInt(9) 3.5
// main.MyInt main.Celsius
// MyInt(41)+42
// 1 0
// zoo 9
