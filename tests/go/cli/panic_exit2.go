// heapscope run exits with status 2 on an unrecovered panic, after the
// output written so far, Go's panic text and the goroutine trace.
package main

import "fmt"

func main() {
	fmt.Println("started")
	panic("something went wrong")
}

// Exit: 2
// Output:
// started
// panic: something went wrong
//
// goroutine 1 [running]:
// main.main()
// 	panic_exit2.go:9
// exit status 2
