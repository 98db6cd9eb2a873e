// The blank identifier cannot be read.
package main

func main() {
	x := _
	_ = x
}

// Error:
// blank_as_value.go:5:7: cannot use _ as value or type
