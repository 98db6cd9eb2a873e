// sync.Once runs its function once even when called from many goroutines,
// and also when that function panics; OnceFunc/OnceValue/OnceValues (Go
// 1.21) cache the first result.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	fmt.Println("calls:", calls)

	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("boom") })
	}()
	p.Do(func() { fmt.Println("never printed") })
	fmt.Println("second Do skipped")

	n := 0
	f := sync.OnceFunc(func() { n++ })
	f()
	f()
	v := sync.OnceValue(func() int { n += 10; return n })
	first := v()
	fmt.Println(first, v(), n)
	vs := sync.OnceValues(func() (string, error) { return "cfg", nil })
	s, err := vs()
	fmt.Println(s, err)
}

// Output:
// calls: 1
// recovered: boom
// second Do skipped
// 11 11 11
// cfg <nil>
