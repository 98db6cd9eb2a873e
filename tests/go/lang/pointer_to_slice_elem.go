package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	p := &s[1]
	*p = 20
	fmt.Println(s)
	s = append(s, 4, 5, 6)
	*p = 200
	fmt.Println(s[1], *p)
	arr := [3]string{"a", "b", "c"}
	q := &arr[2]
	*q += "!"
	fmt.Println(arr)
	type T struct{ N int }
	t := T{1}
	np := &t.N
	*np = 5
	fmt.Println(t)
	pp := new(int)
	*pp = 3
	fmt.Println(*pp)
}

// Output:
// [1 20 3]
// 20 200
// [a b c!]
// {5}
// 3
