package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs chan request) {
	for r := range reqs {
		r.reply <- r.n + 100
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 0; i < 3; i++ {
		rep := make(chan int)
		reqs <- request{i, rep}
		fmt.Println(<-rep)
	}
	close(reqs)
}

// Output:
// 100
// 101
// 102
