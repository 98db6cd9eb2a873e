package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 5
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case ch <- 1:
		fmt.Println("sent")
	default:
	}
	select {
	case ch <- 2:
		fmt.Println("sent again")
	default:
		fmt.Println("full")
	}
}

// Output:
// nothing ready
// received 5
// sent
// full
