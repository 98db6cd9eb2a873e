package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, len(ch))
	close(ch)
	for s := range ch {
		fmt.Println("got", s)
	}
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
}

// Output:
// 2 3
// a 1
// got b
// "" false
