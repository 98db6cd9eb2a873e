// Range clauses: the range expression is evaluated once; over ints (Go 1.22),
// arrays, strings, maps (with deletion during iteration) and a closed channel.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{1, 2, 3}
	for i := range xs {
		xs = append(xs, i)
	}
	fmt.Println(xs)
	for i := range 3 {
		fmt.Print(i, " ")
	}
	var n8 int8 = 3
	for i := range n8 {
		fmt.Printf("%T%d ", i, i)
	}
	for range 2 {
		fmt.Print("x ")
	}
	fmt.Println()
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	for k := range m {
		if k != "a" {
			delete(m, k)
		}
	}
	fmt.Println(len(m) >= 1, m["a"])
	keys := []string{}
	for k, v := range map[string]int{"z": 26, "y": 25} {
		keys = append(keys, fmt.Sprint(k, v))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var nilMap map[int]int
	for range nilMap {
		fmt.Println("never")
	}
	var i, v int
	for i, v = range []int{7, 8} {
	}
	fmt.Println(i, v)
}

// Output:
// [1 2 3 0 1 2]
// 0 1 2 int80 int81 int82 x x 
// true 1
// [y25 z26]
// 1 2 
// 1 8
