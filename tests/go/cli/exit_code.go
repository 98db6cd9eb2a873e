// os.Exit's code becomes the process exit code; deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	fmt.Println("exiting")
	os.Exit(3)
}

// Exit: 3
// Output:
// exiting
// exit status 3
