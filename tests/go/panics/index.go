package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println("before")
	fmt.Println(s[i])
}

// Output:
// before
// panic: runtime error: index out of range [5] with length 3
//
// goroutine 1 [running]:
// main.main()
// 	index.go:9
// exit status 2
