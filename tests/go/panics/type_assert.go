package main

import "fmt"

func main() {
	var i interface{} = "str"
	n := i.(int)
	fmt.Println(n)
}

// Output:
// panic: interface conversion: interface {} is string, not int
//
// goroutine 1 [running]:
// main.main()
// 	type_assert.go:7
// exit status 2
