package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stop at", i)
				return
			}
		}
	}
}

func main() {
	tries := 0
again:
	tries++
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 1 && tries < 2 {
				goto again // backward, out of two bodies
			}
			if i == 1 {
				goto done // forward
			}
			fmt.Println(tries, i, j)
		}
	}
done:
	fmt.Println("done after", tries)
}

// Output:
// 1 0 0
// stop at 1
// stop at 0
// 2 0 0
// 2 0 1
// 2 0 2
// stop at 0
// stop at 1
// done after 2
