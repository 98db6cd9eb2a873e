// A select whose send case targets a closed channel panics, exactly like a
// plain send; the trace points at the select statement.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	var never chan int // nil: its case is never ready
	close(ch)
	defer fmt.Println("deferred call runs")
	select {
	case ch <- 1:
		fmt.Println("sent")
	case v := <-never:
		fmt.Println("received", v)
	}
}

// Output:
// deferred call runs
// panic: send on closed channel
//
// goroutine 1 [running]:
// main.main()
// 	select_send_closed_panic.go:12
// exit status 2
