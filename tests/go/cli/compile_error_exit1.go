// heapscope run exits with status 1 on a compile error, prints gc's
// file:line:col diagnostic to stderr and never starts the program.
package main

import "fmt"

func main() {
	fmt.Println("never printed")
	var unused int
}

// Exit: 1
// Error:
// compile_error_exit1.go:9:6: declared and not used: unused
