// os.Exit from a nested call ends the program at once with that status;
// pending defers in every frame are skipped.
package main

import (
	"fmt"
	"os"
)

func fail(code int) {
	defer fmt.Println("skipped")
	fmt.Println("failing with", code)
	os.Exit(code)
}

func main() {
	defer fmt.Println("also skipped")
	fail(3)
	fmt.Println("unreachable")
}

// Exit: 3
// Output:
// failing with 3
// exit status 3
