package main

// x.Add as a value with x of a type parameter instantiated with *C.

import "fmt"

type C struct{ n int }

func (c *C) Add(k int) int { c.n += k; fmt.Println("called", k); return c.n }

type Adder interface{ Add(int) int }

func Use[T Adder](x T) {
	f := x.Add
	fmt.Println(f(3))
	fmt.Println(x.Add(4))
}

func main() {
	c := &C{}
	Use(c)
	fmt.Println(c.n)
}

// Output:
// called 3
// 3
// called 4
// 7
// 7
