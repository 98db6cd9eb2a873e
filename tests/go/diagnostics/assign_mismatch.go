package main

func f() int { return 1 }

func main() {
	a, b := f()
	_, _ = a, b
}

// Error:
// assign_mismatch.go:6:10: assignment mismatch: 2 variables but f returns 1 value
