package main

// Standard-library members heapscope does not provide fail as "not
// supported yet", not as undefined.

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	fmt.Println(os.ErrNotExist)
	runtime.Goexit()
}

// Error:
// unprovided_std_members.go:13:17: not supported yet: os.ErrNotExist
