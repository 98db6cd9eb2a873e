// heapscope run --leaks: goroutines blocked on a Mutex nobody will unlock
// and on a WaitGroup nobody will decrement are leaked like channel waiters,
// once only they can reach the lock and the group.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func lockForever() {
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock() // never unlocked by anyone
		fmt.Println("unreachable")
	}()
}

func waitForever() {
	wg := &sync.WaitGroup{}
	wg.Add(1)
	go func() {
		wg.Wait()
	}()
}

func main() {
	lockForever()
	waitForever()
	runtime.Gosched()
	fmt.Println("goroutines:", runtime.NumGoroutine())
}

// Flags: --leaks
// Output:
// goroutines: 3
// 2 leaked goroutines (together retaining 424 bytes in 5 objects):
// goroutine 2 [sync.Mutex.Lock]: retains 248 bytes in 3 objects
// 	blocked in main.lockForever.func1 at leak_mutex_and_waitgroup.go:16
// 	created by main.lockForever at leak_mutex_and_waitgroup.go:15
// goroutine 3 [semacquire]: retains 176 bytes in 2 objects
// 	blocked in main.waitForever.func1 at leak_mutex_and_waitgroup.go:25
// 	created by main.waitForever at leak_mutex_and_waitgroup.go:24
