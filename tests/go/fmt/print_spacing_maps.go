// Print adds spaces between operands only when neither side is a string;
// Println always does; maps print with sorted keys (numbers, strings, bools
// false first, NaN first among floats).
package main

import (
	"fmt"
	"math"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint(nil, nil, "x", []int{1}, []int{2})
	fmt.Println(s, len(s))
	fmt.Println(map[int]string{10: "ten", -1: "neg", 2: "two"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "B": 3, "": 0})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[float64]int{2.5: 1, math.NaN(): 2, -1: 3, math.Inf(-1): 4})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true})
	fmt.Printf("%v|%d|%x\n", map[string]int{"z": 26, "a": 1}, map[int]int{2: 4, 1: 1}, map[string]int{"k": 255})
	n, err := fmt.Fprintln(os.Stdout, "to", "stdout")
	fmt.Println(n, err)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 2)
	fmt.Fprint(os.Stdout, "x", 1, "\n")
}

// Output:
// ab1 2c3.5 true
// 1 2
// a b 1 2
// <nil> <nil>x[1] [2] 19
// map[-1:neg 2:two 10:ten]
// map[:0 B:3 a:1 b:2]
// map[false:0 true:1]
// map[NaN:2 -Inf:4 -1:3 2.5:1]
// map[[1 2]:true [1 9]:false [2 1]:true]
// map[a:1 z:26]|map[1:1 2:4]|map[6b:ff]
// to stdout
// 10 <nil>
// to stderr 2
// x1
