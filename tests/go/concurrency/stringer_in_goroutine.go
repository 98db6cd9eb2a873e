// fmt calling a String method from a goroutine whose register stack is
// still small: the nested call grows the registers while fmt is running, so
// the native must not keep pointers into them (regression: empty strings,
// refcount audit failures, crashes).
package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type failure struct{ code int }

func (f *failure) Error() string { return fmt.Sprint("failure ", f.code) }

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(3-i) * time.Millisecond)
			var err error = &failure{i}
			line := fmt.Sprint(temp(20+i), " ", time.Duration(i)*time.Second, " ", err)
			mu.Lock()
			lines = append(lines, line, fmt.Sprintf("%v|%s", temp(i), errors.Unwrap(fmt.Errorf("w: %w", err))))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	for _, l := range lines {
		fmt.Println(l)
	}
}

// Output:
// 22.0°C 2s failure 2
// 2.0°C|failure 2
// 21.0°C 1s failure 1
// 1.0°C|failure 1
// 20.0°C 0s failure 0
// 0.0°C|failure 0
