package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var c atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&n, 2)
			c.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), c.Load())
	var b atomic.Bool
	b.Store(true)
	fmt.Println(b.Load(), atomic.CompareAndSwapInt64(&n, 100, 1), n)
}

// Output:
// 100 50
// true true 1
