package main

import "fmt"

func producer(out chan<- int) {
	for i := 0; i < 3; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- bool) {
	sum := 0
	for v := range in {
		sum += v
	}
	fmt.Println("sum", sum)
	done <- true
}

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go producer(ch)
	go consumer(ch, done)
	<-done
	fmt.Printf("%T %T\n", (<-chan int)(ch), (chan<- int)(ch))
}

// Output:
// sum 3
// <-chan int chan<- int
