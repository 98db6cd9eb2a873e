// Taking the address of a local keeps it alive after the function returns;
// pointers to struct fields and array elements alias the original.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func newCounter() *int {
	n := 0
	return &n
}

func push(head *Node, v int) *Node { return &Node{v, head} }

func main() {
	c := newCounter()
	*c++
	*c += 5
	d := newCounter()
	fmt.Println(*c, *d, c != d)
	var list *Node
	for i := 1; i <= 3; i++ {
		list = push(list, i)
	}
	for n := list; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	p := &arr[1]
	*p = 20
	s := struct{ A, B int }{1, 2}
	q := &s.B
	*q = 30
	fmt.Println(arr, s)
	pp := &p
	**pp = 200
	fmt.Println(arr[1], *p == **pp)
	var np *Node
	fmt.Println(np == nil, np)
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	type T struct{ x int }
	t1 := &T{1}
	t2 := t1
	t2.x = 5
	fmt.Println(t1.x, *t1 == *t2, new(int) != new(int))
}

// Output:
// 6 0 true
// 3 2 1 
// [1 20 3] {1 30}
// 200 true
// true <nil>
// 0 1 2
// 5 true true
