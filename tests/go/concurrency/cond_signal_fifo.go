// sync.Cond: Signal wakes one waiter, the one waiting longest; Broadcast
// wakes the rest. Waiters re-check their condition in a loop, as Go's
// documentation asks.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	tickets := 0
	var order []int
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			for tickets == 0 {
				cond.Wait()
			}
			tickets--
			order = append(order, id)
			mu.Unlock()
		}(i)
		runtime.Gosched() // let goroutine i start waiting before i+1
	}
	for i := 0; i < 2; i++ {
		mu.Lock()
		tickets++
		cond.Signal()
		mu.Unlock()
		runtime.Gosched()
	}
	mu.Lock()
	fmt.Println("after two signals:", order)
	tickets += 2
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("after broadcast:", order)
}

// Output:
// after two signals: [1 2]
// after broadcast: [1 2 4 3]
