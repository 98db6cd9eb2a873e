package main

import "fmt"

type Msg struct {
	ID   int
	Body string
	Tags []string
}

func main() {
	ch := make(chan Msg, 2)
	m := Msg{1, "hello", []string{"a"}}
	ch <- m
	m.Body = "changed"
	m.Tags[0] = "shared"
	got := <-ch
	fmt.Println(got.ID, got.Body, got.Tags)
	pch := make(chan *Msg, 1)
	pch <- &m
	p := <-pch
	p.ID = 99
	fmt.Println(m.ID)
}

// Output:
// 1 hello [shared]
// 99
