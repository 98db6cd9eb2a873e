package main

func f(s string) {}

func main() {
	x := 5
	f(x)
}

// Error:
// arg_type.go:7:4: cannot use x (variable of type int) as string value in argument to f
