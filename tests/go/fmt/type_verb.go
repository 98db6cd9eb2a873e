// %T prints Go type syntax for every kind of type.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Celsius float64
type Handler func(string) error
type Shape interface{ Area() float64 }

func main() {
	var ch chan<- int
	var recv <-chan string
	var sb strings.Builder
	values := []interface{}{
		1, int8(1), uint64(1), 1.5, float32(1), 'x', byte('x'), "s", true, nil,
		[]int{}, [3]string{}, map[string][]int{}, &[]int{}, struct{}{},
		struct {
			A int
			b string
		}{}, Celsius(1), Handler(nil), func(int, ...string) (bool, error) { return false, nil },
		make(chan int), ch, recv, errors.New("e"), &sb, new(Shape), []interface{}{}, [][]*int{},
		map[Celsius]struct{}{}, fmt.Errorf("w %w", errors.New("x")),
	}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
}

// Output:
// int
// int8
// uint64
// float64
// float32
// int32
// uint8
// string
// bool
// <nil>
// []int
// [3]string
// map[string][]int
// *[]int
// struct {}
// struct { A int; b string }
// main.Celsius
// main.Handler
// func(int, ...string) (bool, error)
// chan int
// chan<- int
// <-chan string
// *errors.errorString
// *strings.Builder
// *main.Shape
// []interface {}
// [][]*int
// map[main.Celsius]struct {}
// *fmt.wrapError
