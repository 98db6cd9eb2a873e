package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			ch <- i
		}
		close(ch)
	}()
	go func() {
		for v := range ch {
			fmt.Println(v)
		}
		done <- true
	}()
	<-done
}

// Output:
// 0
// 1
// 2
// 3
// 4
