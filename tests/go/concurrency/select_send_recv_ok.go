package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	select {
	case v, ok := <-ch:
		fmt.Println(v, ok)
	}
	out := make(chan int, 1)
	select {
	case out <- 3:
	}
	fmt.Println(<-out)
}

// Output:
// 0 false
// 3
