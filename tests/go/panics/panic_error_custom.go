// An unrecovered panic with an error value prints its Error() text; the
// stack shows the panicking function, then its caller.
package main

import "fmt"

type ValidationError struct{ Field string }

func (e *ValidationError) Error() string { return "invalid field " + e.Field }

func validate(name string) {
	if name == "" {
		panic(&ValidationError{"name"})
	}
}

func main() {
	fmt.Println("validating")
	validate("")
}

// Output:
// validating
// panic: invalid field name
//
// goroutine 1 [running]:
// main.validate(...)
// 	panic_error_custom.go:13
// main.main()
// 	panic_error_custom.go:19
// exit status 2
