// Timer.Stop reports whether it stopped a pending timer; AfterFunc runs its
// function in its own goroutine when the virtual clock gets there, and a
// stopped AfterFunc never runs.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(time.Second)
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())

	fired := make(chan string, 3)
	time.AfterFunc(300*time.Millisecond, func() { fired <- "late" })
	time.AfterFunc(100*time.Millisecond, func() { fired <- "early" })
	cancelled := time.AfterFunc(200*time.Millisecond, func() { fired <- "cancelled" })
	fmt.Println("stop afterfunc:", cancelled.Stop())

	fmt.Println(<-fired, time.Since(start))
	fmt.Println(<-fired, time.Since(start))
	select {
	case v := <-fired:
		fmt.Println("unexpected", v)
	case <-time.After(time.Second):
		fmt.Println("nothing else after", time.Since(start))
	}

	t2 := time.NewTimer(50 * time.Millisecond)
	<-t2.C
	fmt.Println("stop fired timer:", t2.Stop())
}

// Output:
// stop pending: true
// stop again: false
// stop afterfunc: true
// early 100ms
// late 300ms
// nothing else after 1.3s
// stop fired timer: false
