package main

import (
	"fmt"
	"runtime"
)

func leaky() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			ch <- 1
		}()
	}
}

func main() {
	leaky()
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
}


// Output:
// 4
