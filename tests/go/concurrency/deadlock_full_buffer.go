// A buffered channel blocks its sender only when full: the third send into
// a channel of capacity 2 with no receiver is a deadlock.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println("buffered", len(ch), cap(ch))
	ch <- 3
}

// Output:
// buffered 2 2
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send]:
// main.main()
// 	deadlock_full_buffer.go:12
// exit status 2
