// "GC now" and the seed under test (desktop/browser gc_now, unit session_gc): paused on
// line 27 the ring of three nodes is unreachable garbage that refcounting
// alone cannot free; --then gc frees exactly those 3 objects. The select
// on two ready channels picks by the seed, so its line shows which one ran.
// Line numbers matter: the test names them.
package main

import "fmt"

type node struct {
	next *node
	data []int
}

func makeRing() {
	a := &node{}
	b := &node{next: a}
	c := &node{next: b}
	a.next = c
}

func main() {
	a, b := make(chan int, 1), make(chan int, 1)
	a <- 1
	b <- 2
	makeRing()
	fmt.Println("ring dropped")
	select {
	case v := <-a:
		fmt.Println("picked", v)
	case v := <-b:
		fmt.Println("picked", v)
	}
}
