package main

import "errors"

func main() {
	panic(errors.New("an error value"))
}

// Output:
// panic: an error value
//
// goroutine 1 [running]:
// main.main()
// 	error_value.go:6
// exit status 2
