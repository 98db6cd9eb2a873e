// Method expressions T.M and (*T).M are functions taking the receiver first;
// method values bind (and copy, for value receivers) the receiver when they
// are evaluated.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int       { return c.n }
func (c *Counter) Add(d int)     { c.n += d }
func (c Counter) Plus(d int) int { return c.n + d }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	get := Counter.Get
	add := (*Counter).Add
	getP := (*Counter).Get
	c := Counter{1}
	add(&c, 4)
	fmt.Println(get(c), getP(&c), Counter.Plus(c, 10))
	fmt.Printf("%T|%T|%T\n", get, add, Counter.Plus)
	bound := c.Get
	boundAdd := c.Add
	c.n = 100
	boundAdd(1)
	fmt.Println(bound(), c.n)
	fs := []func(Counter) int{Counter.Get, func(c Counter) int { return -c.n }}
	for _, f := range fs {
		fmt.Print(f(Counter{3}), " ")
	}
	fmt.Println()
	sum := Op(func(a, b int) int { return a + b })
	fmt.Println(sum.Apply(2, 3), Op.Apply(sum, 4, 5))
}

// Output:
// 5 5 15
// func(main.Counter) int|func(*main.Counter, int)|func(main.Counter, int) int
// 5 101
// 3 -3 
// 5 9
