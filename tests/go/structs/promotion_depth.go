// Embedding promotes fields and methods; a shallower name hides deeper ones;
// embedding a pointer promotes through the pointer; promoted methods make the
// outer type satisfy interfaces.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }
func (b *Base) Rename(n string) { b.Name = n }

type Middle struct {
	Base
	Name string
}

type Top struct {
	*Middle
	Extra bool
}

type Describer interface{ Describe() string }

type Logger struct{ prefix string }

func (l Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	Logger
	Base
}

func main() {
	m := Middle{Base{1, "inner"}, "outer"}
	fmt.Println(m.ID, m.Name, m.Base.Name, m.Describe())
	m.Rename("renamed")
	fmt.Println(m.Name, m.Base.Name)
	t := Top{&m, true}
	t.ID = 7
	fmt.Println(m.ID, t.Describe(), t.Middle.Base.ID)
	var d Describer = t
	fmt.Println(d.Describe())
	d = &m
	fmt.Println(d.Describe())
	s := Service{Logger{"> "}, Base{ID: 3}}
	s.Log(s.Describe())
	fmt.Printf("%+v\n", s)
	f := t.Rename
	f("via method value")
	fmt.Println(m.Base.Name)
}

// Output:
// 1 outer inner Base(1)
// outer renamed
// 7 Base(7) 7
// Base(7)
// Base(7)
// > Base(3)
// {Logger:{prefix:> } Base:{ID:3 Name:}}
// via method value
