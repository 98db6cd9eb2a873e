// --max-heap: a single allocation larger than the limit fails at once, at
// its own line.
package main

import "fmt"

func main() {
	fmt.Println("start")
	b := make([]byte, 5000000)
	fmt.Println(len(b))
}

// Flags: --max-heap=1000000
// Output:
// start
// fatal error: heapscope: heap limit of 1000000 bytes exceeded
//
// goroutine 1 [running]:
// main.main()
// 	max_heap_one_object.go:9
// exit status 2
