// Pending timers keep a program alive: the deadlock is reported only after
// the sleeping goroutine has woken and blocked for good.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(time.Second)
		fmt.Println("slept a second")
		ch <- 1
		ch <- 2
	}()
	fmt.Println(<-ch)
	<-ch
	<-ch
}

// Output:
// slept a second
// 1
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	deadlock_sleep_then_block.go:20
// exit status 2
