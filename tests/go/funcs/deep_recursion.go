// Deep recursion lives on the VM's explicit frame stack, not the C++ one:
// 100000 nested calls (Go's 1 GB stack holds them easily), a recursive walk
// of a 50000-node list, Ackermann and a recursive closure.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func sumList(n *Node) int {
	if n == nil {
		return 0
	}
	return n.Val + sumList(n.Next)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	fmt.Println(depth(100000))
	var head *Node
	for i := 1; i <= 50000; i++ {
		head = &Node{i, head}
	}
	fmt.Println(sumList(head))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	var f func(int) int
	f = func(n int) int {
		if n < 2 {
			return n
		}
		return f(n-1) + f(n-2)
	}
	fmt.Println(f(20))
}

// Output:
// 100000
// 1250025000
// 9 61
// 6765
