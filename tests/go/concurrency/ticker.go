package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(100 * time.Millisecond)
	n := 0
	for range t.C {
		n++
		fmt.Println("tick", n)
		if n == 3 {
			t.Stop()
			break
		}
	}
	timer := time.NewTimer(time.Second)
	fmt.Println(timer.Stop())
	fired := make(chan bool)
	time.AfterFunc(50*time.Millisecond, func() { fired <- true })
	fmt.Println(<-fired)
}


// Output:
// tick 1
// tick 2
// tick 3
// true
// true
