// time.Tick in a for-range with a counter, and a goroutine that sleeps an
// hour per loop: the whole program finishes instantly in real time while
// the virtual clock advances days.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	n := 0
	for t := range time.Tick(10 * time.Minute) {
		n++
		if n == 6 {
			fmt.Println("six ticks, last at", t.Sub(start))
			break
		}
	}
	done := make(chan bool)
	go func() {
		for i := 0; i < 48; i++ {
			time.Sleep(time.Hour)
		}
		done <- true
	}()
	<-done
	fmt.Println(time.Since(start), time.Now().Format("2006-01-02 15:04"))
}

// Output:
// six ticks, last at 1h0m0s
// 49h0m0s 2009-11-13 00:00
