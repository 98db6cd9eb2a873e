package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
	b := []byte{}
	lastb := -1
	for i := 0; i < 3000; i++ {
		b = append(b, 1)
		if cap(b) != lastb {
			fmt.Print(cap(b), " ")
			lastb = cap(b)
		}
	}
	fmt.Println()
	x := append([]int{1, 2, 3}, 4, 5)
	fmt.Println(len(x), cap(x))
}

// Output:
// 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 
// 8 16 32 64 128 256 512 896 1408 2048 3072 
// 5 6
