package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	count := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { count++ })
		}()
	}
	wg.Wait()
	fmt.Println(count)
	var rw sync.RWMutex
	data := map[string]int{}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			rw.Lock()
			data[fmt.Sprint(i)] = i
			rw.Unlock()
		}(i)
	}
	wg.Wait()
	rw.RLock()
	fmt.Println(len(data))
	rw.RUnlock()
}

// Output:
// 1
// 4
