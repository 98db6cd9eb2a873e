package main

import "fmt"

func main() {
	s := make([]int, 3)
	j := 5
	fmt.Println(s[1:j])
}

// Output:
// panic: runtime error: slice bounds out of range [:5] with capacity 3
//
// goroutine 1 [running]:
// main.main()
// 	slice_bounds.go:8
// exit status 2
