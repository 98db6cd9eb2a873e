// close readies every waiter the way Go's closechan does on one processor:
// the waiters are collected in queue order and readied last-first, each
// ready taking the "run next" slot, so the first waiter runs first and the
// others follow from the run queue: 1, 4, 3, 2.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	gate := make(chan struct{})
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-gate
			mu.Lock()
			order = append(order, id)
			mu.Unlock()
		}(i)
		runtime.Gosched() // goroutine i parks before i+1 starts
	}
	close(gate)
	wg.Wait()
	fmt.Println(order)
}

// Output:
// [1 4 3 2]
