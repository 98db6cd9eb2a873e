package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(1, 0))
}

// Output:
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.div(...)
// 	divide.go:5
// main.main()
// 	divide.go:8
// exit status 2
