package main

func f(a, b int) int { return a + b }

func main() {
	_ = f(1)
}

// Error:
// not_enough_args.go:6:8: not enough arguments in call to f
