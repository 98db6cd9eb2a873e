package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("before")
	ch <- 1
	fmt.Println("after")
}

// Output:
// before
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send]:
// main.main()
// 	deadlock_main_send.go:8
// exit status 2
