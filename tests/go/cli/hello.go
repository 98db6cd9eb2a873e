// The bundled example's program: the smallest end-to-end check of the CLI.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}

// Output:
// hello, world
