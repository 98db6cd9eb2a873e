// Readers queue behind a waiting writer (so writers cannot starve): the
// writer goroutine waits for main's read lock, and main's second RLock waits
// for the writer.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	go func() {
		mu.Lock()
		fmt.Println("writer got the lock")
		mu.Unlock()
	}()
	runtime.Gosched()
	fmt.Println("writer is waiting")
	mu.RLock()
}

// Output:
// writer is waiting
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.RWMutex.RLock]:
// sync.(*RWMutex).RLock(...)
// main.main()
// 	deadlock_rlock_behind_writer.go:22
//
// goroutine 2 [sync.RWMutex.Lock]:
// sync.(*RWMutex).Lock(...)
// main.main.func1()
// 	deadlock_rlock_behind_writer.go:16
// created by main.main in goroutine 1
// 	deadlock_rlock_behind_writer.go:15
// exit status 2
