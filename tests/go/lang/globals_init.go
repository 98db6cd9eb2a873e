package main

import "fmt"

var (
	a = b + 1
	b = f()
	c []int
	d = map[string]int{"k": a}
)

func f() int {
	fmt.Println("f called")
	return 41
}

func init() {
	fmt.Println("init 1", a)
	c = append(c, 1)
}

func init() {
	fmt.Println("init 2", len(c))
}

func main() {
	fmt.Println(a, b, c, d)
}

// Output:
// f called
// init 1 42
// init 2 1
// 42 41 [1] map[k:42]
