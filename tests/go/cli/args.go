// Words after the program file on the command line become os.Args[1:]; this
// test gets none.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args) - 1)
}

// Output:
// 0
