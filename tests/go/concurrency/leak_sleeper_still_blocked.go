// heapscope run --leaks: a goroutine that loops forever with
// time.Sleep(time.Hour) is not leaked (its timer will wake it) but it is
// still blocked when main returns, holding its slice; a goroutine waiting on
// a channel a global still reaches is likewise only "still blocked".
package main

import (
	"fmt"
	"time"
)

var jobs = make(chan int)

func poller() {
	cache := make([]byte, 4096)
	for {
		time.Sleep(time.Hour)
		cache[0]++
	}
}

func worker() {
	for j := range jobs {
		fmt.Println("job", j)
	}
}

func main() {
	go poller()
	go worker()
	jobs <- 1
	time.Sleep(3 * time.Hour)
	fmt.Println("main returns at", time.Now().Format("15:04"))
}

// Flags: --leaks
// Output:
// job 1
// main returns at 02:00
// no leaked goroutines
// 2 goroutines still blocked (reachable):
// goroutine 3 [chan receive]
// 	blocked in main.worker at leak_sleeper_still_blocked.go:23
// 	created by main.main at leak_sleeper_still_blocked.go:30
// goroutine 2 [sleep]
// 	blocked in main.poller at leak_sleeper_still_blocked.go:17
// 	created by main.main at leak_sleeper_still_blocked.go:29
