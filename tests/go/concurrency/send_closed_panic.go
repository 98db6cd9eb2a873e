package main

func main() {
	ch := make(chan int, 1)
	close(ch)
	ch <- 1
}

// Output:
// panic: send on closed channel
//
// goroutine 1 [running]:
// main.main()
// 	send_closed_panic.go:6
// exit status 2
