// A WaitGroup can be reused once its counter is back at zero; Wait on a
// zero counter returns at once; Add from inside the workers' spawner.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Wait()
	fmt.Println("empty wait returns")
	start := time.Now()
	for round := 1; round <= 3; round++ {
		results := make([]int, round*2)
		for i := range results {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				time.Sleep(time.Duration(i) * time.Millisecond)
				results[i] = i * round
			}(i)
		}
		wg.Wait()
		fmt.Println("round", round, results, time.Since(start))
	}
}

// Output:
// empty wait returns
// round 1 [0 1] 1ms
// round 2 [0 2 4 6] 4ms
// round 3 [0 3 6 9 12 15] 9ms
