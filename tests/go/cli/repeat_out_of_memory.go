package main

// strings.Repeat asked for more than any object can hold ends the program
// with Go's fatal out-of-memory error (it aborted the host with
// std::bad_alloc), before the next statement runs.

import "strings"

func main() {
	s := strings.Repeat("x", 1<<40)
	println(len(s))
}

// Exit: 2
// Output:
// fatal error: runtime: out of memory
// exit status 2
