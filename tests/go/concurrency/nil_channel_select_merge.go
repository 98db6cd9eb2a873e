// Setting a drained channel variable to nil disables its select case: the
// classic merge of two inputs finishes once both are closed.
package main

import "fmt"

func gen(vals ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, v := range vals {
			out <- v
		}
	}()
	return out
}

func merge(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				fmt.Println("a drained")
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				fmt.Println("b drained")
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func main() {
	all := merge(gen(1, 2, 3), gen(10, 20))
	sum := 0
	for _, v := range all {
		sum += v
	}
	fmt.Println(len(all), sum)
}

// Output:
// b drained
// a drained
// 5 36
