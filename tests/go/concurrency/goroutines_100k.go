// 100 000 goroutines alive at the same time, all parked on one channel,
// then released by a single close: each costs only its registers and frames.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 100000
	start := make(chan struct{})
	results := make(chan int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-start
			results <- id % 7
		}(i)
	}
	runtime.Gosched()
	fmt.Println("alive:", runtime.NumGoroutine())
	close(start)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum:", sum, "left:", runtime.NumGoroutine())
}

// Output:
// alive: 100001
// sum: 299995 left: 1
