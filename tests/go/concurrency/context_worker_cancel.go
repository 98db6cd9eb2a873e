// The usual shape: workers loop on select { case <-ctx.Done(): return ... }
// and report why they stopped; main cancels after a virtual delay.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, wg *sync.WaitGroup, ticks chan<- int) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			fmt.Printf("worker %d stops: %v\n", id, ctx.Err())
			return
		case <-time.After(100 * time.Millisecond):
			ticks <- id
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 350*time.Millisecond)
	defer cancel()
	var wg sync.WaitGroup
	ticks := make(chan int, 100)
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go worker(ctx, i, &wg, ticks)
	}
	wg.Wait()
	close(ticks)
	count := map[int]int{}
	for id := range ticks {
		count[id]++
	}
	fmt.Println(count)
}

// Output:
// worker 1 stops: context deadline exceeded
// worker 2 stops: context deadline exceeded
// map[1:3 2:3]
