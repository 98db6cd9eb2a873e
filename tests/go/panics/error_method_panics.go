package main

// The panic value's Error method panics while the panic is printed: Go's
// fatal error, exit status 2.

type E struct{}

func (E) Error() string { panic("oops") }

func main() {
	panic(E{})
}

// Output:
// fatal error: panic while printing panic value: oops
//
// goroutine 1 [running]:
// main.main()
// 	error_method_panics.go:11
// exit status 2
