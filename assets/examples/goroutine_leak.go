// goroutine_leak: each request starts a worker that sends its result on a
// private, unbuffered channel. When the worker is slow, the caller times
// out and stops listening: the worker then blocks on its send forever,
// keeping its stack (and the buffer it made) alive. Pause near the end and
// open a blocked worker in Goroutines & frames: it shows the channel it
// waits on and who still holds that channel (only the worker itself, so no
// live goroutine can ever receive: leaked).
package main

import (
	"fmt"
	"time"
)

type result struct {
	id      int
	payload []byte
}

func fetch(id int) {
	ch := make(chan result) // unbuffered and private: only this fetch receives
	go func() {
		buf := make([]byte, 1024)
		time.Sleep(time.Duration(id%2*20) * time.Millisecond) // odd requests are slow
		ch <- result{id: id, payload: buf}                     // blocks forever once the caller left
	}()
	select {
	case r := <-ch:
		fmt.Println("got", r.id, len(r.payload))
	case <-time.After(10 * time.Millisecond):
		fmt.Println("gave up on", id) // the worker will be stuck on its send
	}
}

func main() {
	for i := 0; i < 10; i++ {
		fetch(i)
	}
	time.Sleep(50 * time.Millisecond) // the slow workers wake up and block
	fmt.Println("main done; 5 workers are still blocked on their sends")
}
