// Interface embedding and overlapping method sets, a struct embedding an
// interface (delegation), type switches binding interface-typed variables,
// and assertions from one interface to another.
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

type Upper struct{ Writer }

func (u Upper) Write(s string) { u.Writer.Write(strings.ToUpper(s)) }

type Named interface{ Name() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Name() string    { return "dog" }
func (c *Cat) Name() string { return c.name }
func (Dog) Bark() string    { return "woof" }

func main() {
	buf := &Buffer{}
	var rw ReadWriter = buf
	var w Writer = Upper{rw}
	w.Write("hello")
	rw.Write("plain")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	var r Reader = rw
	if wr, ok := r.(Writer); ok {
		wr.Write("via assertion")
	}
	fmt.Println(buf.data)
	things := []interface{}{Dog{}, &Cat{"tom"}, Cat{"value"}, 42, nil, "str"}
	for _, t := range things {
		switch v := t.(type) {
		case interface{ Bark() string }:
			fmt.Println("barker:", v.Bark())
		case Named:
			fmt.Println("named:", v.Name())
		case int, string:
			fmt.Printf("basic %T %v\n", v, v)
		case nil:
			fmt.Println("nil")
		default:
			fmt.Printf("other %T\n", v)
		}
	}
}

// Output:
// HELLO plain true
// [via assertion]
// barker: woof
// named: tom
// other main.Cat
// basic int 42
// nil
// basic string str
