package main

func main() {
	var ch chan int
	close(ch)
}

// Output:
// panic: close of nil channel
//
// goroutine 1 [running]:
// main.main()
// 	close_nil_panic.go:5
// exit status 2
