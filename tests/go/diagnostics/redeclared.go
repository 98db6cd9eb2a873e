package main

func main() {
	var x int
	var x string
	_ = x
}

// Error:
// redeclared.go:5:6: x redeclared in this block
