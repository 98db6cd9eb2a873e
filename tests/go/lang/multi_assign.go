package main

import "fmt"

func main() {
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)
	x := []int{1, 2}
	x[0], x[1] = x[1], x[0]
	fmt.Println(x)
	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	fmt.Println(m)
	var p struct{ A, B int }
	p.A, p.B = p.B+1, p.A+2
	fmt.Println(p)
}

// Output:
// 3 1 2
// 1 [9 2 3]
// [2 1]
// map[a:1 b:2]
// {1 2}
