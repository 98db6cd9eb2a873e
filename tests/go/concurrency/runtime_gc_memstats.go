package main

import (
	"fmt"
	"runtime"
)

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.Mallocs
	s := make([][]byte, 0)
	for i := 0; i < 100; i++ {
		s = append(s, make([]byte, 1024))
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.Mallocs-before >= 100, m.HeapAlloc >= 100*1024, m.NumGC >= 1, len(s))
	runtime.KeepAlive(s) // s's 100 KiB are live at ReadMemStats
}


// Output:
// true true true 100
