// Value receivers get a copy; pointer receivers modify the original; Go
// takes &x automatically for addressable values and *p for pointers; method
// sets decide interface satisfaction.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) ValueInc()    { c.n++ }
func (c *Counter) PtrInc()     { c.n++ }
func (c Counter) Show() string { return fmt.Sprint("n=", c.n) }

type Incer interface{ PtrInc() }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Path []string

func (p *Path) Add(s string) { *p = append(*p, s) }
func (p Path) Len() int      { return len(p) }

func main() {
	c := Counter{}
	c.ValueInc()
	c.PtrInc()
	p := &c
	p.PtrInc()
	p.ValueInc()
	fmt.Println(c.Show(), p.Show())
	var i Incer = &c
	i.PtrInc()
	fmt.Println(c.n)
	counters := []Counter{{1}, {2}}
	counters[0].PtrInc()
	for _, ct := range counters {
		ct.PtrInc()
	}
	fmt.Println(counters)
	m := map[string]*Counter{"a": {5}}
	m["a"].PtrInc()
	fmt.Println(m["a"].n)
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var path Path
	path.Add("usr")
	path.Add("bin")
	fmt.Println(path, path.Len())
	_, isIncer := interface{}(c).(Incer)
	_, ptrIsIncer := interface{}(&c).(Incer)
	fmt.Println(isIncer, ptrIsIncer)
}

// Output:
// n=2 n=2
// 3
// [{2} {2}]
// 6
// 212 -40
// [usr bin] 2
// false true
