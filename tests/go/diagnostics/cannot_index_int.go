// Indexing a value whose type has no elements.
package main

func main() {
	n := 5
	println(n[0])
}

// Error:
// cannot_index_int.go:6:11: invalid operation: cannot index n (variable of type int)
