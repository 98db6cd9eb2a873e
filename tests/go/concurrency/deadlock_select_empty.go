package main

func main() {
	select {}
}

// Output:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [select (no cases)]:
// main.main()
// 	deadlock_select_empty.go:4
// exit status 2
