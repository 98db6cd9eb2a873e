// A panic inside a deferred call while panicking: Go prints both values,
// the second indented, and the deferred frame above the runtime's panic frame.
package main

import (
	"errors"
	"fmt"
)

func cleanup() {
	panic(errors.New("cleanup failed"))
}

func work() {
	defer cleanup()
	var m map[string]int
	m["x"] = 1
}

func main() {
	fmt.Println("start")
	work()
}

// Output:
// start
// panic: assignment to entry in nil map
// 	panic: cleanup failed
//
// goroutine 1 [running]:
// main.cleanup()
// 	panic_in_deferred.go:11
// panic({...})
// main.work()
// 	panic_in_deferred.go:17
// main.main()
// 	panic_in_deferred.go:22
// exit status 2
