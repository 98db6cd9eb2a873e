package main

// Appending zero-size elements: the capacity is exactly the length, as Go's
// growslice gives.

import "fmt"

func main() {
	var s []struct{}
	for i := 0; i < 5; i++ {
		s = append(s, struct{}{})
		fmt.Print(len(s), cap(s), " ")
	}
	s = append(s, s...)
	var z [][0]int
	z = append(z, [0]int{}, [0]int{})
	fmt.Println(len(s), cap(s), len(z), cap(z))
}

// Output:
// 1 1 2 2 3 3 4 4 5 5 10 10 2 2
