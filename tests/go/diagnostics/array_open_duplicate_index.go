package main

// Index keys of a [...]T literal are checked like those of [N]T and []T.

import "fmt"

func main() {
	fmt.Println([...]int{5: 1, 5: 2})
}

// Error:
// array_open_duplicate_index.go:8:30: duplicate index 5 in array or slice literal
