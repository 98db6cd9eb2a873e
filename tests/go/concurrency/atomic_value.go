package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct{ Name string }

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(Config{"a"})
	c := v.Load().(Config)
	fmt.Println(c.Name)
	var i atomic.Int64
	i.Store(5)
	fmt.Println(i.Add(3), i.CompareAndSwap(8, 10), i.Load(), i.Swap(1), i.Load())
	var u uint32
	atomic.StoreUint32(&u, 7)
	fmt.Println(atomic.LoadUint32(&u), atomic.AddUint32(&u, 1))
}


// Output:
// true
// a
// 8 true 10 10 1
// 7 8
