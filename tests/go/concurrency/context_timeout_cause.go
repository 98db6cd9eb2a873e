// WithTimeoutCause / WithDeadlineCause (Go 1.21): Err stays
// DeadlineExceeded, Cause reports the given cause; an explicit cancel
// first makes both Canceled.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errSlow = errors.New("backend too slow")

func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 50*time.Millisecond, errSlow)
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), "|", context.Cause(ctx))

	ctx2, cancel2 := context.WithDeadlineCause(context.Background(), time.Now().Add(time.Second), errSlow)
	cancel2()
	fmt.Println(ctx2.Err(), "|", context.Cause(ctx2))

	parent, cancelParent := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	cancelParent(errors.New("shutting down"))
	fmt.Println(child.Err(), "|", context.Cause(child))
}

// Output:
// context deadline exceeded | backend too slow
// context canceled | context canceled
// context canceled | shutting down
