package main

func main() {
	ch := make(chan int)
	<-ch
}

// Output:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	deadlock_main_recv.go:5
// exit status 2
