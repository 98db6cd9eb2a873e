// Closing a buffered channel keeps its values: range drains them, then
// ends; afterwards receives give the zero value and ok == false, and len
// reports what is left at each step.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	ch := make(chan point, 4)
	for i := 1; i <= 3; i++ {
		ch <- point{i, i * i}
	}
	close(ch)
	fmt.Println("len after close:", len(ch), "cap:", cap(ch))
	for p := range ch {
		fmt.Println(p, "left:", len(ch))
	}
	p, ok := <-ch
	fmt.Println(p, ok)
	select {
	case p, ok := <-ch:
		fmt.Println("select on closed:", p, ok)
	default:
		fmt.Println("default")
	}
}

// Output:
// len after close: 3 cap: 4
// {1 1} left: 2
// {2 4} left: 1
// {3 9} left: 0
// {0 0} false
// select on closed: {0 0} false
