// time.Duration's String as Go prints it, and arithmetic on the virtual
// clock: Sub, Add, Since, Until, Truncate, Round.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, 1500 * time.Millisecond,
		90 * time.Second, 2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		-3 * time.Second, 100 * time.Hour,
	} {
		fmt.Println(d)
	}
	d := 1234567890 * time.Nanosecond
	fmt.Println(d.Seconds(), d.Milliseconds(), d.Truncate(time.Millisecond), d.Round(time.Second))
	fmt.Println(time.Duration(1.5 * float64(time.Second)))
	fmt.Printf("%v %d %s\n", 2*time.Minute, 2*time.Minute, time.Minute/4)

	start := time.Now()
	time.Sleep(1500 * time.Millisecond)
	deadline := start.Add(5 * time.Second)
	fmt.Println(time.Since(start), time.Until(deadline), deadline.Sub(start))
	fmt.Println(time.Now().After(start), time.Now().Before(start))
}

// Output:
// 0s
// 1ns
// 999ns
// 1µs
// 1.5ms
// 1.5s
// 1m30s
// 2h3m4.005s
// -3s
// 100h0m0s
// 1.2345678900000001 1234 1.234s 1s
// 1.5s
// 2m0s 120000000000 15s
// 1.5s 3.5s 5s
// true false
