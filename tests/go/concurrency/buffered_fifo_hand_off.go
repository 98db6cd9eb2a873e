// Buffered channels are FIFO; a receiver parked on an empty buffer gets the
// next value directly, and senders parked on a full buffer refill it in
// the order they arrived.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan string, 2)
	done := make(chan bool)
	for _, name := range []string{"s1", "s2", "s3", "s4"} {
		go func(name string) {
			ch <- name
			done <- true
		}(name)
		runtime.Gosched() // start them in order
	}
	fmt.Println("buffered:", len(ch))
	for i := 0; i < 4; i++ {
		fmt.Println(<-ch)
	}
	for i := 0; i < 4; i++ {
		<-done
	}
	got := make(chan int)
	go func() { fmt.Println("receiver got", <-got) }()
	runtime.Gosched()
	got <- 42
	runtime.Gosched()
}

// Output:
// buffered: 2
// s1
// s2
// s3
// s4
// receiver got 42
