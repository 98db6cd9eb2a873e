package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	fmt.Println("waiting")
	<-b
}

// Output:
// waiting
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	deadlock_two_goroutines.go:13
//
// goroutine 2 [chan receive]:
// main.main.func1()
// 	deadlock_two_goroutines.go:9
// created by main.main in goroutine 1
// 	deadlock_two_goroutines.go:8
// exit status 2
