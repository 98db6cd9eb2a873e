// Channel panics are ordinary run-time panics: recover returns an error
// (a runtime.Error in Go) whose text is Go's.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isError := r.(error)
		fmt.Printf("%s: %v (error: %v)\n", name, r, isError)
	}()
	f()
}

func main() {
	var nilCh chan int
	closed := make(chan int)
	close(closed)
	try("close nil", func() { close(nilCh) })
	try("close closed", func() { close(closed) })
	try("send closed", func() { closed <- 1 })
	v, ok := <-closed
	fmt.Println("receive closed:", v, ok)
}

// Output:
// close nil: close of nil channel (error: true)
// close closed: close of closed channel (error: true)
// send closed: send on closed channel (error: true)
// receive closed: 0 false
