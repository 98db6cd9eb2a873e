// Sleeps of different lengths in several goroutines wake in virtual-time
// order, whatever order they started in; equal deadlines wake in the order
// they were set.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	for _, ms := range []int{300, 100, 200, 100, 0} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			log = append(log, fmt.Sprint(ms, "@", time.Since(start)))
			mu.Unlock()
		}(ms)
	}
	wg.Wait()
	fmt.Println(log)
	fmt.Println("total", time.Since(start))
}

// Output:
// [0@0s 100@100ms 100@100ms 200@200ms 300@300ms]
// total 300ms
