// Which method fmt calls: Error before String, only for verbs that print
// strings (%v %s %q %x %X) and the value's own method set (a pointer-receiver
// String is not used for a plain value); %d sees through; nested values in
// slices, maps and struct fields get their methods too, except unexported
// fields.
package main

import (
	"errors"
	"fmt"
)

type Both int

func (Both) String() string { return "stringer" }
func (Both) Error() string  { return "error" }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprint("ptr#", p.n) }

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type Box struct {
	C Color
	c Color
}

type Panicky struct{}

func (*Panicky) String() string { panic("boom") }

func main() {
	fmt.Println(Both(1))
	fmt.Printf("%v %s %d %q %x\n", Both(1), Both(1), Both(1), Both(1), Both(1))
	p := PtrStr{3}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, &p, []*PtrStr{&p})
	fmt.Println(Color(1), []Color{0, 1}, map[Color]int{1: 5, 0: 6})
	fmt.Printf("%v %+v %d\n", Box{1, 1}, Box{0, 1}, Box{1, 1})
	fmt.Println(errors.New("plain"), []error{errors.New("in slice")})
	var np *Panicky
	fmt.Println(np)
	fmt.Printf("[%5v][%-8s]\n", Color(0), Color(1))
}

// Output:
// error
// error error 1 "error" 6572726f72
// {3} ptr#3
// {3} ptr#3 [ptr#3]
// green [red green] map[red:6 green:5]
// {green 1} {C:red c:1} {1 1}
// plain [in slice]
// <nil>
// [  red][green   ]
