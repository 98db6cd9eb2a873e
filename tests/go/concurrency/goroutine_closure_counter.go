package main

import "fmt"

func main() {
	results := make(chan int)
	for i := 0; i < 5; i++ {
		go func(n int) {
			sum := 0
			for j := 0; j <= n*1000; j++ {
				sum += j
			}
			results <- sum
		}(i)
	}
	total := 0
	for i := 0; i < 5; i++ {
		total += <-results
	}
	fmt.Println(total)
}

// Output:
// 15005000
