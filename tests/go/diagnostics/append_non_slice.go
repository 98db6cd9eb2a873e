// append's first argument must be a slice.
package main

func main() {
	total := 0
	total = append(total, 1)
}

// Error:
// append_non_slice.go:6:17: first argument to append must be a slice; have total (variable of type int)
