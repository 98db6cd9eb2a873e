package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hi")
}

// Error:
// unused_import.go:5:2: "os" imported and not used
