// Waiting on a sync.Cond that nobody signals: [sync.Cond.Wait].
package main

import "sync"

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	mu.Lock()
	cond.Wait()
}

// Output:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.Cond.Wait]:
// sync.runtime_notifyListWait(...)
// sync.(*Cond).Wait(...)
// main.main()
// 	deadlock_cond_wait.go:10
// exit status 2
