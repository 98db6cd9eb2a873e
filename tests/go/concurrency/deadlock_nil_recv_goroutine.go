// Receiving from a nil channel blocks forever: a worker stuck that way and
// main waiting on the WaitGroup it will never decrement.
package main

import "sync"

var wg sync.WaitGroup

func consume(ch chan int) {
	defer wg.Done()
	for v := range ch {
		println(v)
	}
}

func main() {
	var ch chan int
	wg.Add(1)
	go consume(ch)
	wg.Wait()
}

// Output:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [semacquire]:
// sync.(*WaitGroup).Wait(...)
// main.main()
// 	deadlock_nil_recv_goroutine.go:20
//
// goroutine 2 [chan receive (nil chan)]:
// main.consume(...)
// 	deadlock_nil_recv_goroutine.go:11
// created by main.main in goroutine 1
// 	deadlock_nil_recv_goroutine.go:19
// exit status 2
