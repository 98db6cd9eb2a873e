package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait()
}

// Output:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [semacquire]:
// sync.(*WaitGroup).Wait(...)
// main.main()
// 	deadlock_wg.go:8
// exit status 2
