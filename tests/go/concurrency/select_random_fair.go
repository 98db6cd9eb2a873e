// With several cases ready, select picks uniformly at random (seeded here,
// so the counts are reproducible) and never starves a case.
package main

import "fmt"

func main() {
	a, b, c := make(chan int, 1), make(chan int, 1), make(chan int, 1)
	counts := map[string]int{}
	for i := 0; i < 3000; i++ {
		a <- 1
		b <- 1
		c <- 1
		select {
		case <-a:
			counts["a"]++
			<-b
			<-c
		case <-b:
			counts["b"]++
			<-a
			<-c
		case <-c:
			counts["c"]++
			<-a
			<-b
		}
	}
	fmt.Println(len(counts), counts["a"]+counts["b"]+counts["c"])
	for _, k := range []string{"a", "b", "c"} {
		fmt.Println(k, counts[k] > 850 && counts[k] < 1150)
	}
}

// Output:
// 3 3000
// a true
// b true
// c true
