package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(time.Hour)
	fmt.Println(time.Since(start) >= time.Hour)
	fmt.Println(time.Hour, 1500*time.Millisecond, 90*time.Second, time.Duration(0), 2*time.Microsecond)
}

// Output:
// true
// 1h0m0s 1.5s 1m30s 0s 2µs
