package main

func f() {
	return 1
}

func main() { f() }

// Error:
// too_many_return.go:4:9: too many return values
