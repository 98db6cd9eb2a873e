package main

import "fmt"

func modify(a [3]int) { a[0] = 100 }
func modifyP(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	modify(a)
	fmt.Println(a, b)
	modifyP(&a)
	fmt.Println(a, a == [3]int{100, 2, 3}, a != b)
	c := [...]string{2: "c", 0: "a"}
	fmt.Println(len(c), c)
	for i, v := range a {
		a[2] = 7
		fmt.Print(i, v, " ")
	}
	fmt.Println(a)
}

// Output:
// [1 2 3] [1 20 3]
// [100 2 3] true true
// 3 [a  c]
// 0 100 1 2 2 3 [100 2 7]
