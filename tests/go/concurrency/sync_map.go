package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	_, ok = m.Load("z")
	fmt.Println(ok)
	actual, loaded := m.LoadOrStore("a", 100)
	fmt.Println(actual, loaded)
	m.Delete("a")
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return true
	})
	fmt.Println(n)
}

// Output:
// 1 true
// false
// 1 true
// 1
