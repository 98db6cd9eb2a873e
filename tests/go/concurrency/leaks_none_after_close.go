// heapscope run --leaks: the same goroutines, but the channel is closed
// before main returns, so every one of them finishes: no leak.
package main

import (
	"fmt"
	"runtime"
)

func notLeaky() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			<-ch
		}()
	}
	runtime.Gosched()
	close(ch)
}

func main() {
	notLeaky()
	runtime.Gosched()
	fmt.Println("main returns", runtime.NumGoroutine())
}

// Flags: --leaks
// Output:
// main returns 1
// no leaked goroutines
