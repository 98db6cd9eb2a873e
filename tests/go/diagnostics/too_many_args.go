package main

func f(a int) int { return a }

func main() {
	_ = f(1, 2, 3)
}

// Error:
// too_many_args.go:6:11: too many arguments in call to f
