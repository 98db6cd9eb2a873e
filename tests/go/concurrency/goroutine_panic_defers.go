// A panic in a goroutine runs that goroutine's deferred calls (innermost
// first), not main's, then ends the whole program with the goroutine's trace.
package main

import (
	"fmt"
	"time"
)

func cleanup(name string) { fmt.Println("deferred:", name) }

func process(items []int) {
	defer cleanup("process")
	for i := 0; i <= len(items); i++ {
		_ = items[i]
	}
}

func main() {
	defer cleanup("main")
	go func() {
		defer cleanup("goroutine")
		process([]int{1, 2, 3})
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}

// Output:
// deferred: process
// deferred: goroutine
// panic: runtime error: index out of range [3] with length 3
//
// goroutine 2 [running]:
// main.process(...)
// 	goroutine_panic_defers.go:15
// main.main.func1()
// 	goroutine_panic_defers.go:23
// created by main.main in goroutine 1
// 	goroutine_panic_defers.go:21
// exit status 2
