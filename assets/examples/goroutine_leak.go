// goroutine_leak: each request starts a worker that sends its result on a
// private channel. When the caller times out it stops listening, and the
// worker stays blocked on its send forever, keeping its stack (and the
// buffer it captured) alive. Watch the goroutine count grow.
package main

import "fmt"

type result struct {
	id      int
	payload []byte
}

func fetch(id int) {
	ch := make(chan result) // unbuffered and private: nobody else can receive
	go func() {
		buf := make([]byte, 1024)
		ch <- result{id: id, payload: buf} // blocks forever once the caller left
	}()
	if id%2 == 0 {
		r := <-ch
		fmt.Println("got", r.id, len(r.payload))
		return
	}
	// Odd ids "time out": the caller returns without receiving.
	fmt.Println("gave up on", id)
}

func main() {
	for i := 0; i < 10; i++ {
		fetch(i)
	}
	fmt.Println("main done; 5 workers are still blocked on their sends")
}
