package main

// A failed assertion to an interface whose method only *T has reads like
// any missing method at run time, as in Go.

import "fmt"

type R interface{ Read() }
type F struct{}

func (*F) Read() {}

func main() {
	defer func() { fmt.Println(recover()) }()
	var x interface{} = F{}
	_ = x.(R)
}

// Output:
// interface conversion: main.F is not main.R: missing method Read
