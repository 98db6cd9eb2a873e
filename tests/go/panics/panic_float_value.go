// panic with a float prints it the way the builtin print does.
package main

func main() {
	panic(1.5)
}

// Output:
// panic: +1.500000e+000
//
// goroutine 1 [running]:
// main.main()
// 	panic_float_value.go:5
// exit status 2
