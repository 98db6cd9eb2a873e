package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var m map[int]int
		m[1] = 1
	}()
	wg.Wait()
	fmt.Println("main done")
}

// Output:
// recovered: assignment to entry in nil map
// main done
