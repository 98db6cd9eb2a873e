package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Unlock()
}


// Output:
// fatal error: sync: unlock of unlocked mutex
//
// goroutine 1 [running]:
// sync.(*Mutex).Unlock(...)
// main.main()
// 	unlock_unlocked.go:7
// exit status 2
