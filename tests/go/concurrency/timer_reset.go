package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(time.Second)
	t.Reset(100 * time.Millisecond)
	<-t.C
	fmt.Println(time.Since(start))
	t2 := time.NewTimer(time.Hour)
	fmt.Println(t2.Stop(), t2.Stop())
}

// Output:
// 100ms
// true false
