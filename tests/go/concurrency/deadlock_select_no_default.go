// select without default blocks until a case is ready; when none can ever be,
// the goroutine shows as [select].
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string, 1)
	b <- "x"
	fmt.Println(<-b)
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "y":
		fmt.Println("sent")
	case s := <-b:
		fmt.Println(s)
	}
	select {
	case v := <-a:
		fmt.Println(v)
	case a <- 1:
	}
}

// Output:
// x
// sent
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [select]:
// main.main()
// 	deadlock_select_no_default.go:20
// exit status 2
