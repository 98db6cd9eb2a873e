package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Now()
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute())
	time.Sleep(90 * time.Minute)
	fmt.Println(time.Now().Sub(t), time.Now().After(t))
	d := 3*time.Hour + 25*time.Minute + 100*time.Millisecond
	fmt.Println(d, d.Hours() > 3, d.Minutes(), time.Duration(1500)*time.Microsecond)
}

// Output:
// 2009 November 10 23 0
// 1h30m0s true
// 3h25m0.1s true 205.00166666666667 1.5ms
