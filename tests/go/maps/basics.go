package main

import "fmt"

func main() {
	m := map[string]int{"b": 2, "a": 1}
	m["c"] = 3
	fmt.Println(m, len(m))
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["z"]
	fmt.Println(v, ok)
	delete(m, "b")
	delete(m, "nothing")
	fmt.Println(m)
	m["a"] += 10
	m["n"]++
	fmt.Println(m)
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	fmt.Println(sum)
}

// Output:
// map[a:1 b:2 c:3] 3
// 1 true
// 0 false
// map[a:1 c:3]
// map[a:11 c:3 n:1]
// 0 0 true
// 18
