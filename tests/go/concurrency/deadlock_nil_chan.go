package main

func main() {
	var ch chan int
	ch <- 1
}

// Output:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send (nil chan)]:
// main.main()
// 	deadlock_nil_chan.go:5
// exit status 2
