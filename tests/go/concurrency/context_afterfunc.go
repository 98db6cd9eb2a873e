// context.AfterFunc runs f in its own goroutine once ctx is done; stop()
// before that prevents it (true), after it reports false.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string, 2)
	stop1 := context.AfterFunc(ctx, func() { ran <- "first" })
	stop2 := context.AfterFunc(ctx, func() { ran <- "second" })
	fmt.Println("stop2 before cancel:", stop2())
	cancel()
	fmt.Println(<-ran)
	fmt.Println("stop1 after it ran:", stop1())

	tctx, tcancel := context.WithTimeout(context.Background(), time.Second)
	defer tcancel()
	start := time.Now()
	done := make(chan bool)
	context.AfterFunc(tctx, func() {
		fmt.Println("timeout fired after", time.Since(start))
		close(done)
	})
	<-done
	select {
	case v := <-ran:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("second never ran")
	}
}

// Output:
// stop2 before cancel: true
// first
// stop1 after it ran: false
// timeout fired after 1s
// second never ran
