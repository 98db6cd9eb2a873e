package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("shutdown requested"))
	fmt.Println(ctx.Err(), context.Cause(ctx))
	ctx2, cancel2 := context.WithCancel(context.Background())
	ran := make(chan bool)
	context.AfterFunc(ctx2, func() { ran <- true })
	cancel2()
	fmt.Println("after func ran:", <-ran)
	fmt.Println(context.Cause(ctx2))
}

// Output:
// context canceled shutdown requested
// after func ran: true
// context canceled
