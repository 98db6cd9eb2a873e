package main

import (
	"fmt"
	"sort"
)

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * j
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	var out []int
	for a := 1; a <= 9; a++ {
		out = append(out, <-results)
	}
	sort.Ints(out)
	fmt.Println(out)
}

// Output:
// [1 4 9 16 25 36 49 64 81]
