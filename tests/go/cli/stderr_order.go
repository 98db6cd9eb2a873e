// stdout (fmt) and stderr (builtin println) must reach the terminal in the
// order written: the CLI's host writes both unbuffered.
package main

import "fmt"

func main() {
	fmt.Println("one")
	println("two")
	fmt.Println("three")
	println("four", 4)
}

// Output:
// one
// two
// three
// four 4
