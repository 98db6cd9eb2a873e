package main

func main() {
	ch := make(chan int)
	close(ch)
	close(ch)
}

// Output:
// panic: close of closed channel
//
// goroutine 1 [running]:
// main.main()
// 	close_closed_panic.go:6
// exit status 2
