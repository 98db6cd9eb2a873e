package main

import "fmt"

func main() {
	var a chan int
	b := make(chan int, 1)
	b <- 7
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	}
}

// Output:
// b 7
