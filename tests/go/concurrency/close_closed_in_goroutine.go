// close of a closed channel inside a goroutine: the panic names that
// goroutine and where it was created.
package main

import (
	"fmt"
	"time"
)

func shutdown(done chan struct{}) {
	close(done)
}

func main() {
	done := make(chan struct{})
	shutdown(done)
	go shutdown(done)
	time.Sleep(time.Millisecond)
	fmt.Println("not reached")
}

// Output:
// panic: close of closed channel
//
// goroutine 2 [running]:
// main.shutdown(...)
// 	close_closed_in_goroutine.go:11
// created by main.main in goroutine 1
// 	close_closed_in_goroutine.go:17
// exit status 2
