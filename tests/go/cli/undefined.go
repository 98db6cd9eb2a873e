// Compile errors are reported with the file's base name, as `go run` does,
// and the program does not start.
package main

import "fmt"

func main() {
	fmt.Println("never")
	fmt.Println(missing)
}

// Error:
// undefined.go:9:14: undefined: missing
