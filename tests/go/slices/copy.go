package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	n := copy(a[1:], a)
	fmt.Println(n, a)
	b := make([]byte, 3)
	n = copy(b, "hello")
	fmt.Println(n, string(b))
	var c [4]int
	copy(c[:], []int{9, 8})
	fmt.Println(c)
}

// Output:
// 4 [1 1 2 3 4]
// 3 hel
// [9 8 0 0]
