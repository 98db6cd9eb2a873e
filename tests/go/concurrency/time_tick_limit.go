package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tick := time.Tick(250 * time.Millisecond)
	for i := 0; i < 4; i++ {
		<-tick
	}
	fmt.Println(time.Since(start))
}

// Output:
// 1s
