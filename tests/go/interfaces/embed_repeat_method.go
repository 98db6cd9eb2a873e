package main

// An interface may repeat a method of an interface it embeds, before or
// after the embedding.

import "fmt"

type R interface{ Read() string }
type RW interface {
	R
	Read() string
}
type WR interface {
	Read() string
	R
}

type F struct{}

func (F) Read() string { return "ok" }

func main() {
	var x RW = F{}
	var y WR = F{}
	fmt.Println(x.Read(), y.Read())
}

// Output:
// ok ok
