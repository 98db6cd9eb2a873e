package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	var head *Node
	for i := 0; i < 4; i++ {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	x := 5
	p := &x
	*p = 6
	pp := &p
	**pp = 7
	fmt.Println(x, *p == 7, p == *pp)
	n := new(Node)
	n.Val = 3
	fmt.Println(*n, n.Next == nil)
	m := Node{Val: 1}
	mp := &m
	mp.Val++
	(*mp).Val++
	fmt.Println(m.Val)
}

// Output:
// 3 2 1 0 
// 7 true true
// {3 <nil>} true
// 3
