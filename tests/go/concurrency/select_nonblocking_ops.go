// select with default as non-blocking send and receive: a full buffer
// rejects the send, an empty one the receive, a closed one always delivers.
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool, bool) {
	select {
	case v, ok := <-ch:
		return v, ok, true
	default:
		return 0, false, false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	fmt.Println(len(ch), cap(ch))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	unbuffered := make(chan int)
	fmt.Println(trySend(unbuffered, 9)) // nobody receiving
	close(ch)
	fmt.Println(tryRecv(ch))
	var nilCh chan int
	fmt.Println(trySend(nilCh, 1))
	fmt.Println(tryRecv(nilCh))
}

// Output:
// true true false
// 2 2
// 1 true true
// 2 true true
// 0 false false
// false
// 0 false true
// false
// 0 false false
