// Type switches: nil case, multi-type cases keeping the interface type,
// interface cases in order (error before Stringer), func and pointer
// types, value vs pointer method sets, and a default-only switch.
package main

import (
	"errors"
	"fmt"
	"io"
)

type Animal interface{ Sound() string }
type Dog struct{ name string }
type Cat struct{}

func (d *Dog) Sound() string { return d.name + ": woof" }
func (Cat) Sound() string    { return "meow" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case error:
		if errors.Is(x, io.EOF) {
			return "EOF error"
		}
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice of ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case Animal:
		return x.Sound()
	case *int:
		if x == nil {
			return "nil *int"
		}
		return fmt.Sprint("ptr to ", *x)
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func main() {
	n := 3
	var np *int
	var nilDog *Dog
	vals := []interface{}{nil, 1, int64(2), io.EOF, errors.New("x"), []int{1, 2}, func() int { return 7 },
		&Dog{"rex"}, Cat{}, Dog{}, &n, np, 2.5, nilDog == nil, struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var a Animal = Cat{}
	switch a.(type) {
	case *Dog:
		fmt.Println("dog")
	case Cat:
		fmt.Println("cat")
	}
	switch t := a.(type) {
	default:
		fmt.Printf("%T\n", t)
	}
}

// Output:
// nil
// integer 1 (int)
// integer 2 (int64)
// EOF error
// error x
// slice of 2
// func returning 7
// rex: woof
// meow
// unknown main.Dog
// ptr to 3
// nil *int
// unknown float64
// unknown bool
// unknown struct {}
// cat
// main.Cat
