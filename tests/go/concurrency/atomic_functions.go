// sync/atomic: the typed values (Int32, Int64, Uint32, Uint64, Bool,
// Pointer) and the function forms (Add, Load, Store, Swap, CompareAndSwap),
// under contention from many goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct{ name string }

func main() {
	var hits atomic.Int64
	var raw int32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				hits.Add(1)
				atomic.AddInt32(&raw, 2)
			}
			flag.CompareAndSwap(false, true)
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), atomic.LoadInt32(&raw), flag.Load())

	var u atomic.Uint32
	u.Store(7)
	fmt.Println(u.Swap(9), u.Load(), u.CompareAndSwap(8, 1), u.CompareAndSwap(9, 1), u.Load())
	var x int64 = 5
	swapped := atomic.SwapInt64(&x, 6)
	fmt.Println(swapped, atomic.CompareAndSwapInt64(&x, 6, 60), atomic.LoadInt64(&x))
	atomic.StoreInt64(&x, -1)
	fmt.Println(atomic.LoadInt64(&x))
	var i32 atomic.Int32
	fmt.Println(i32.Add(-3), i32.Load())
	var u64 atomic.Uint64
	u64.Add(^uint64(0))
	fmt.Println(u64.Load())

	var cfg atomic.Pointer[config]
	fmt.Println(cfg.Load() == nil)
	cfg.Store(&config{"a"})
	old := cfg.Swap(&config{"b"})
	fmt.Println(old.name, cfg.Load().name)
}

// Output:
// 10000 20000 true
// 7 9 false true 1
// 5 true 60
// -1
// -3 -3
// 18446744073709551615
// true
// a b
