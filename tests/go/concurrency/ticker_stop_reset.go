// A Ticker delivers on its channel every period of virtual time; Reset
// changes the period; after Stop nothing more arrives.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(100 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
		fmt.Println("tick", time.Since(start))
	}
	tk.Reset(250 * time.Millisecond)
	for i := 0; i < 2; i++ {
		<-tk.C
		fmt.Println("tock", time.Since(start))
	}
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(time.Second):
		fmt.Println("stopped; done at", time.Since(start))
	}
}

// Output:
// tick 100ms
// tick 200ms
// tick 300ms
// tock 550ms
// tock 800ms
// stopped; done at 1.8s
