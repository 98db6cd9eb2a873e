package main

import (
	"fmt"
	"sync"
)

func main() {
	created := 0
	p := sync.Pool{New: func() any {
		created++
		return new([64]byte)
	}}
	a := p.Get().(*[64]byte)
	a[0] = 1
	p.Put(a)
	b := p.Get().(*[64]byte)
	fmt.Println(created >= 1, b != nil)
}


// Output:
// true true
