// Go 1.22 loop variables: each iteration of a 3-clause loop has its own
// variable, copied from the previous one before the post statement, so
// closures and pointers taken in the body see per-iteration values while
// updates in the body still affect the loop.
package main

import "fmt"

func main() {
	var prints []func()
	var ptrs []*int
	for i := 0; i < 6; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
		ptrs = append(ptrs, &i)
		i++
	}
	for _, p := range prints {
		p()
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	var fs []func() int
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		fs = append(fs, func() int { return i*100 + j })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var byRange []*string
	for _, s := range []string{"a", "b"} {
		byRange = append(byRange, &s)
	}
	fmt.Println(*byRange[0], *byRange[1])
}

// Output:
// 1 3 5 1 3 5
// 10 109 208 
// a b
