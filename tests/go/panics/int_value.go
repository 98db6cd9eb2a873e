package main

func main() {
	panic(42)
}

// Output:
// panic: 42
//
// goroutine 1 [running]:
// main.main()
// 	int_value.go:4
// exit status 2
