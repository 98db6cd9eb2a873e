package main

// A String method that never returns, called by fmt: the program ends with
// an error after the nested call's step budget instead of hanging the host.

import "fmt"

type S struct{}

func (S) String() string {
	for {
	}
}

func main() {
	fmt.Println("before")
	fmt.Println(S{})
}

// Exit: 2
// Output:
// before
// heapscope: method String called by the runtime did not return after 100000000 steps
//
// exit status 2
