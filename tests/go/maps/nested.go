package main

import "fmt"

func main() {
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	m["b"] = append(m["b"], 3)
	fmt.Println(m)
	mm := map[int]map[int]int{}
	for i := 0; i < 3; i++ {
		if mm[i] == nil {
			mm[i] = map[int]int{}
		}
		mm[i][i*i] = i
	}
	fmt.Println(mm)
	fmt.Printf("%v %d\n", map[bool]int{true: 1, false: 0}, map[int]string{3: "c", 1: "a"})
}

// Output:
// map[a:[1 2] b:[3]]
// map[0:map[0:0] 1:map[1:1] 2:map[4:2]]
// map[false:0 true:1] map[1:%!d(string=a) 3:%!d(string=c)]
