package main

import "time"

func main() {
	go func() {
		panic("in goroutine")
	}()
	time.Sleep(time.Second)
}

// Output:
// panic: in goroutine
//
// goroutine 2 [running]:
// main.main.func1()
// 	goroutine_panic.go:7
// created by main.main in goroutine 1
// 	goroutine_panic.go:6
// exit status 2
