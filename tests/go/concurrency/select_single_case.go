// A select with one case and no default is the plain channel operation (Go
// compiles it so): blocked forever, the goroutine shows [chan send] at the
// case's line, not [select].
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case ch <- 1:
		fmt.Println("sent into the buffer")
	}
	select {
	case v := <-ch:
		fmt.Println("received", v)
	}
	select {
	case ch <- 2:
		fmt.Println("sent again")
	}
	select {
	case ch <- 3:
	}
}

// Output:
// sent into the buffer
// received 1
// sent again
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send]:
// main.main()
// 	select_single_case.go:23
// exit status 2
