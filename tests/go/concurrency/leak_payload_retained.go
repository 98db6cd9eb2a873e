// heapscope run --leaks: each leaked goroutine keeps the 1 MiB payload its
// closure captured; the report attributes those bytes to it. The forgotten
// result channel is the classic "first response wins" leak.
package main

import (
	"fmt"
	"runtime"
)

func fetch(payload []byte, results chan<- int) {
	results <- len(payload) // blocks forever once nobody reads
}

func firstResponse() int {
	results := make(chan int) // unbuffered: the losers can never send
	for i := 0; i < 3; i++ {
		payload := make([]byte, 1<<20)
		go fetch(payload, results)
	}
	return <-results
}

func main() {
	fmt.Println("first:", firstResponse())
	runtime.Gosched()
	fmt.Println("goroutines:", runtime.NumGoroutine())
}

// Flags: --leaks
// Output:
// first: 1048576
// goroutines: 3
// 2 leaked goroutines (together retaining 2097760 bytes in 7 objects):
// goroutine 2 [chan send]: retains 1048832 bytes in 3 objects
// 	blocked in main.fetch at leak_payload_retained.go:12
// 	created by main.firstResponse at leak_payload_retained.go:19
// goroutine 3 [chan send]: retains 1048832 bytes in 3 objects
// 	blocked in main.fetch at leak_payload_retained.go:12
// 	created by main.firstResponse at leak_payload_retained.go:19
