package main

import "fmt"

func main() {
	n := 0
	for n < 5 {
		n++
	}
	fmt.Println(n)
	for {
		n--
		if n == 2 {
			break
		}
	}
	fmt.Println(n)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, j, " ")
	}
	fmt.Println()
	m := map[int]bool{}
	for range []int{1, 2, 3} {
		m[len(m)] = true
	}
	fmt.Println(len(m))
	var arr [3]int
	for i := range arr {
		arr[i] = i * i
	}
	fmt.Println(arr)
}

// Output:
// 5
// 2
// 0 10 1 8 2 6 3 4 
// 3
// [0 1 4]
