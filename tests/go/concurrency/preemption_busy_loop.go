// Preemption: main spins on an atomic flag without ever blocking or calling
// Gosched; the goroutine that sets the flag still gets to run because every
// goroutine is preempted after its time slice (Go does this asynchronously).
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var flag atomic.Bool
	var spins int64
	go func() {
		flag.Store(true)
	}()
	for !flag.Load() {
		spins++
	}
	fmt.Println("flag seen after spinning:", spins > 0)

	// two spinning goroutines share the processor: both make progress
	var a, b atomic.Int64
	var stop atomic.Bool
	spin := func(c *atomic.Int64) {
		for !stop.Load() {
			c.Add(1)
		}
	}
	go spin(&a)
	go spin(&b)
	for a.Load() < 1000 || b.Load() < 1000 {
	}
	stop.Store(true)
	fmt.Println("both spinners progressed")
}

// Output:
// flag seen after spinning: true
// both spinners progressed
