// WithDeadline on the virtual clock: Deadline reports it, the context is
// done exactly when the clock reaches it, with DeadlineExceeded; a deadline
// in the past is done at once; a child can only shorten its parent's.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	d := start.Add(250 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println(dl.Sub(start), ok)

	child, cancelChild := context.WithDeadline(ctx, start.Add(time.Hour))
	defer cancelChild()
	cdl, _ := child.Deadline()
	fmt.Println("child deadline is parent's:", cdl.Equal(d))

	<-child.Done()
	fmt.Println("child done after", time.Since(start), child.Err())
	fmt.Println(errors.Is(ctx.Err(), context.DeadlineExceeded))

	past, cancelPast := context.WithDeadline(context.Background(), start.Add(-time.Second))
	defer cancelPast()
	fmt.Println(past.Err())
	var err interface{ Timeout() bool }
	fmt.Println(errors.As(ctx.Err(), &err), err.Timeout())
}

// Output:
// 250ms true
// child deadline is parent's: true
// child done after 250ms context deadline exceeded
// true
// context deadline exceeded
// true true
