package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("once")
}

// Output:
// got once
// panic: once [recovered]
// 	panic: again: once
//
// goroutine 1 [running]:
// main.main.func1()
// 	repanic.go:9
// panic({...})
// main.main()
// 	repanic.go:11
// exit status 2
