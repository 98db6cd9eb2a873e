// runtime.NumGoroutine follows goroutines through their life: created,
// blocked, finished; Gosched lets the new ones run first.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release
		}()
	}
	fmt.Println("spawned:", runtime.NumGoroutine())
	runtime.Gosched()
	fmt.Println("all blocked:", runtime.NumGoroutine())
	close(release)
	wg.Wait()
	runtime.Gosched()
	fmt.Println("after release:", runtime.NumGoroutine())
	fmt.Println(runtime.NumCPU(), runtime.GOMAXPROCS(0))
}

// Output:
// start: 1
// spawned: 6
// all blocked: 6
// after release: 1
// 1 1
