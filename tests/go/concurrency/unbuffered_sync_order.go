package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 3; i++ {
			v := <-ch
			fmt.Println("recv", v)
		}
	}()
	for i := 0; i < 3; i++ {
		ch <- i
		fmt.Println("sent", i)
	}
	<-done
}

// Output:
// recv 0
// sent 0
// sent 1
// recv 1
// recv 2
// sent 2
