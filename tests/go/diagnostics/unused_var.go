package main

func main() {
	a := 1
	b := 2
	_ = b
}

// Error:
// unused_var.go:4:2: declared and not used: a
