package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	var k int64
	for k = range int64(2) {
	}
	fmt.Println(k)
}

// Output:
// 0 1 2 
// 5
// 1
