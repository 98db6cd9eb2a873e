package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	go func() {
		time.Sleep(2 * time.Second)
		ch <- "result"
	}()
	select {
	case r := <-ch:
		fmt.Println(r)
	case <-time.After(1 * time.Second):
		fmt.Println("timeout")
	}
	select {
	case r := <-ch:
		fmt.Println(r)
	case <-time.After(3 * time.Second):
		fmt.Println("timeout 2")
	}
}


// Output:
// timeout
// result
