package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Lock()
}

// Output:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.Mutex.Lock]:
// sync.(*Mutex).Lock(...)
// main.main()
// 	deadlock_mutex.go:8
// exit status 2
