package main

func main() {
	panic("something bad happened")
}

// Output:
// panic: something bad happened
//
// goroutine 1 [running]:
// main.main()
// 	custom_string.go:4
// exit status 2
