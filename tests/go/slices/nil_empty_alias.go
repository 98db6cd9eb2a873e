// nil and empty slices: both have length 0 and print as [], only the nil one
// equals nil; append allocates for nil; appends within capacity are seen by
// every slice sharing the array.
package main

import "fmt"

func addOne(s []int) []int { return append(s, 1) }

func main() {
	var nilS []int
	empty := []int{}
	made := make([]int, 0, 2)
	fmt.Println(nilS == nil, empty == nil, made == nil, len(nilS), cap(nilS))
	fmt.Println(nilS, empty, made)
	fmt.Printf("%v %#v %#v\n", nilS, nilS, empty)
	nilS = append(nilS, 7)
	fmt.Println(nilS, len(nilS))
	x := addOne(made)
	y := addOne(made)
	fmt.Println(x, y, len(made), made[:1])
	x[0] = 9
	fmt.Println(y[0], made[:2])
	for range nilS[:0] {
		fmt.Println("never")
	}
	var m map[string][]int
	fmt.Println(m["k"] == nil, len(m["k"]))
	grow := []int{}
	caps := []int{}
	for i := 0; i < 10; i++ {
		grow = append(grow, i)
		caps = append(caps, cap(grow))
	}
	fmt.Println(caps)
}

// Output:
// true false false 0 0
// [] [] []
// [] []int(nil) []int{}
// [7] 1
// [1] [1] 0 [1]
// 9 [9 0]
// true 0
// [1 2 4 4 8 8 8 8 16 16]
