// heapscope run --leaks: three goroutines wait on a channel only leaky()
// knew; once it returns nothing can ever send on it or close it, so all three
// are leaked (creation site, block site, retained bytes). The program itself
// succeeds: exit code 0. leaks_none_after_close.go is the same program with
// the channel closed before returning.
package main

import (
	"fmt"
	"runtime"
)

func leaky() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			<-ch
		}()
	}
	runtime.Gosched()
}

func main() {
	leaky()
	runtime.Gosched()
	fmt.Println("main returns", runtime.NumGoroutine())
}

// Flags: --leaks
// Output:
// main returns 4
// 3 leaked goroutines (together retaining 360 bytes in 4 objects):
// goroutine 2 [chan receive]: retains 88 bytes in 1 object
// 	blocked in main.leaky.func1 at leak_blocked_goroutines.go:17
// 	created by main.leaky at leak_blocked_goroutines.go:16
// goroutine 3 [chan receive]: retains 88 bytes in 1 object
// 	blocked in main.leaky.func1 at leak_blocked_goroutines.go:17
// 	created by main.leaky at leak_blocked_goroutines.go:16
// goroutine 4 [chan receive]: retains 88 bytes in 1 object
// 	blocked in main.leaky.func1 at leak_blocked_goroutines.go:17
// 	created by main.leaky at leak_blocked_goroutines.go:16
