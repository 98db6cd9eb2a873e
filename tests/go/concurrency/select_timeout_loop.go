// select with time.After as a per-iteration timeout: a slow producer on the
// virtual clock, and the consumer reports which wait timed out.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	results := make(chan int)
	go func() {
		for i, d := range []time.Duration{50, 300, 80, 500} {
			time.Sleep(d * time.Millisecond)
			results <- i
		}
	}()
	for n := 0; n < 4; n++ {
		select {
		case r := <-results:
			fmt.Println("result", r, "at", time.Since(start))
		case <-time.After(200 * time.Millisecond):
			fmt.Println("timeout at", time.Since(start))
		}
	}
}

// Output:
// result 0 at 50ms
// timeout at 250ms
// result 1 at 350ms
// result 2 at 430ms
