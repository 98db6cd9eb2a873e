package main

import "fmt"

type P struct{ X, Y int }

func main() {
	m := map[P]string{{1, 2}: "a"}
	m[P{3, 4}] = "b"
	fmt.Println(m[P{1, 2}], m[P{3, 4}], len(m))
	a := map[[2]int]bool{{1, 1}: true}
	fmt.Println(a[[2]int{1, 1}], a[[2]int{0, 1}])
	var i map[interface{}]int = map[interface{}]int{}
	i[1] = 1
	i["1"] = 2
	i[1.0] = 3
	i[P{1, 1}] = 4
	fmt.Println(len(i), i[1], i["1"], i[P{1, 1}])
	f := map[float64]int{}
	f[0.0] = 1
	fmt.Println(len(f))
}

// Output:
// a b 2
// true false
// 4 1 2 4
// 1
