package main

import (
	"context"
	"fmt"
)

func gen(ctx context.Context) <-chan int {
	ch := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-ctx.Done():
				close(ch)
				return
			case ch <- n:
				n++
			}
		}
	}()
	return ch
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	for n := range gen(ctx) {
		fmt.Println(n)
		if n == 4 {
			cancel()
			break
		}
	}
	<-ctx.Done()
	fmt.Println(ctx.Err())
}

// Output:
// 0
// 1
// 2
// 3
// 4
// context canceled
