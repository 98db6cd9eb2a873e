package main

import "fmt"

func main() {
	a := [3]int{}
	idx := []int{0, 1, 2, 3}
	for _, i := range idx {
		a[i] = i
		fmt.Println(a)
	}
}

// Output:
// [0 0 0]
// [0 1 0]
// [0 1 2]
// panic: runtime error: index out of range [3] with length 3
//
// goroutine 1 [running]:
// main.main()
// 	array_index_const.go:9
// exit status 2
