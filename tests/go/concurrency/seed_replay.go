// Same seed, same run: main's select picks among two ready producers at
// random (seeded), and the pick decides which producer runs next, so the
// interleaving itself depends on the seed. The runner's `// Replay:` line
// runs this twice with --seed 7 --sched-trace (output and trace must be
// identical) and once with --seed 8 (the trace must differ).
package main

import (
	"fmt"
	"runtime"
)

func produce(name string, ch chan<- string, n int) {
	for i := 0; i < n; i++ {
		ch <- fmt.Sprint(name, i)
	}
	close(ch)
}

func main() {
	a, b := make(chan string), make(chan string)
	go produce("a", a, 6)
	go produce("b", b, 6)
	var order []string
	for a != nil || b != nil {
		runtime.Gosched() // let both producers reach their send
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			order = append(order, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			order = append(order, v)
		}
	}
	fmt.Println(len(order), "values")
	fmt.Println(order)
}

// Replay: 7 8
// Output:
// 12 values
// [a0 a1 a2 a3 b0 a4 b1 b2 a5 b3 b4 b5]
