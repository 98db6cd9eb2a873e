package main

import "fmt"

func producer(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s%d", name, i)
		}
		close(ch)
	}()
	return ch
}

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	done := make(chan bool)
	for _, c := range cs {
		go func(c <-chan string) {
			for v := range c {
				out <- v
			}
			done <- true
		}(c)
	}
	go func() {
		for range cs {
			<-done
		}
		close(out)
	}()
	return out
}

func main() {
	count := 0
	for range merge(producer("a", 3), producer("b", 4)) {
		count++
	}
	fmt.Println(count)
}

// Output:
// 7
