// runtime.Stack: the calling goroutine's trace, or every goroutine with
// all=true, in the format of a crash dump.
package main

import (
	"fmt"
	"runtime"
)

func inner() string {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	return string(buf[:n])
}

func main() {
	fmt.Print(inner())
	block := make(chan int)
	go func() { <-block }()
	runtime.Gosched()
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, true)
	fmt.Print(string(buf[:n]))
	close(block)
}

// Output:
// goroutine 1 [running]:
// main.inner(...)
// 	runtime_stack_dump.go:12
// main.main()
// 	runtime_stack_dump.go:17
// goroutine 1 [running]:
// main.main()
// 	runtime_stack_dump.go:22
//
// goroutine 2 [chan receive]:
// main.main.func1()
// 	runtime_stack_dump.go:19
// created by main.main in goroutine 1
// 	runtime_stack_dump.go:19
