// --max-heap BYTES: a live heap above the limit ends the program with a
// Go-style fatal error naming the limit and the running goroutine's stack
// (exit status 2), never a host crash. The whole loop is on one line, so
// the reported line does not depend on where the check lands.
package main

import "fmt"

var keep [][]byte

func grow() {
	for i := 0; ; i++ { keep = append(keep, make([]byte, 1024)) }
}

func main() {
	fmt.Println("start")
	grow()
}

// Flags: --max-heap 200000
// Output:
// start
// fatal error: heapscope: heap limit of 200000 bytes exceeded
//
// goroutine 1 [running]:
// main.grow(...)
// 	max_heap.go:12
// main.main()
// 	max_heap.go:17
// exit status 2
