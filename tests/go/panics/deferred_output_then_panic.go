// Deferred calls run (printing) before the panic message is printed, and
// the panic travels up through functions without recover.
package main

import "fmt"

func inner() {
	defer fmt.Println("inner deferred")
	var arr []int
	_ = arr[3]
}

func middle() {
	defer fmt.Println("middle deferred")
	inner()
}

func main() {
	defer fmt.Println("main deferred")
	middle()
}

// Output:
// inner deferred
// middle deferred
// main deferred
// panic: runtime error: index out of range [3] with length 0
//
// goroutine 1 [running]:
// main.inner()
// 	deferred_output_then_panic.go:10
// main.middle()
// 	deferred_output_then_panic.go:15
// main.main()
// 	deferred_output_then_panic.go:20
// exit status 2
