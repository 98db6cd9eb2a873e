// 200 goroutines each add 50 to a shared counter under a Mutex, with
// preemption in between (time slices end inside the critical section):
// the total is exact.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) add(key string, delta int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v := c.n[key]
	for i := 0; i < 20; i++ { // widen the window between read and write
		v += 0
	}
	c.n[key] = v + delta
}

func main() {
	c := &counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 200; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				c.add([]string{"even", "odd"}[g%2], 1)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(c.n["even"], c.n["odd"])
}

// Output:
// 5000 5000
