// Two-node cycles dropped every iteration: with --gc=refcount-only nothing
// frees them (--leaks lists them); with the collector they are garbage, not
// leaks.
package main

import "fmt"

type Node struct {
	name string
	next *Node
}

func makeCycle(i int) {
	a := &Node{name: fmt.Sprint("a", i)}
	b := &Node{name: "b", next: a}
	a.next = b
}

func main() {
	for i := 0; i < 20; i++ {
		makeCycle(i)
	}
	fmt.Println("done")
}
