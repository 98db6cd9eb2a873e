package main

import "fmt"

func count(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func main() {
	sum := 0
	for v := range count(1000) {
		sum += v
	}
	fmt.Println(sum)
}

// Output:
// 499500
