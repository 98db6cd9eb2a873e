// RWMutex: any number of readers share the lock; a writer excludes them all,
// and once a writer waits, new readers queue behind it.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.RWMutex
	var log []string
	var logMu sync.Mutex
	note := func(s string) {
		logMu.Lock()
		log = append(log, s)
		logMu.Unlock()
	}
	var wg sync.WaitGroup
	mu.RLock() // main holds a read lock
	wg.Add(3)
	go func() {
		defer wg.Done()
		mu.RLock()
		note("reader 1 shares the lock")
		mu.RUnlock()
	}()
	runtime.Gosched()
	go func() {
		defer wg.Done()
		mu.Lock()
		note("writer")
		mu.Unlock()
	}()
	runtime.Gosched()
	go func() {
		defer wg.Done()
		mu.RLock()
		note("reader 2 after the writer")
		mu.RUnlock()
	}()
	runtime.Gosched()
	note("main releases")
	mu.RUnlock()
	wg.Wait()
	for _, s := range log {
		fmt.Println(s)
	}
	fmt.Println(mu.TryLock(), mu.TryRLock())
	mu.Unlock()
	fmt.Println(mu.TryRLock(), mu.TryLock())
}

// Output:
// reader 1 shares the lock
// main releases
// writer
// reader 2 after the writer
// true false
// true false
