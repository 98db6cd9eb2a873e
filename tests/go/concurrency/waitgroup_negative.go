package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Done()
}

// Output:
// panic: sync: negative WaitGroup counter
//
// goroutine 1 [running]:
// sync.(*WaitGroup).Done(...)
// main.main()
// 	waitgroup_negative.go:7
// exit status 2
