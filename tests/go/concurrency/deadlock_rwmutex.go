// A writer waits for readers: RLock then Lock in the same goroutine can never
// proceed. Go >= 1.20 names the wait [sync.RWMutex.Lock].
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	mu.RLock()
	fmt.Println("two readers")
	mu.RUnlock()
	mu.Lock()
}

// Output:
// two readers
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.RWMutex.Lock]:
// sync.(*RWMutex).Lock(...)
// main.main()
// 	deadlock_rwmutex.go:16
// exit status 2
