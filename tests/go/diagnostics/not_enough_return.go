package main

func f() (int, string) {
	return 1
}

func main() { f() }

// Error:
// not_enough_return.go:4:9: not enough return values
