package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c Counter) IncCopy()  { c.n++ }

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Set(v int)    { *m = MyInt(v) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	var m MyInt = 4
	fmt.Println(m.Double(), m.Double().Double())
	m.Set(9)
	fmt.Println(m)
	f := c.Get
	c.Inc()
	fmt.Println(f(), c.Get())
	g := (*Counter).Inc
	g(&c)
	h := Counter.Get
	fmt.Println(h(c))
}

// Output:
// 2
// 3 3
// 8 16
// 9
// 3 4
// 5
