package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		fmt.Println(<-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(ok)
}


// Output:
// 2
// 4
// 6
// false
