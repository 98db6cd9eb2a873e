// Map operations: comma-ok reads, zero values for missing keys, delete,
// len, maps as reference values, nested update through a slice value, and
// struct values needing reassignment.
package main

import (
	"fmt"
	"sort"
)

type Stat struct{ Count int }

func addAll(m map[string]int, keys ...string) {
	for _, k := range keys {
		m[k]++
	}
}

func main() {
	m := map[string]int{"a": 1}
	v, ok := m["a"]
	w, ok2 := m["zz"]
	fmt.Println(v, ok, w, ok2, len(m))
	addAll(m, "b", "b", "c")
	fmt.Println(m, len(m))
	delete(m, "b")
	delete(m, "missing")
	fmt.Println(m)
	alias := m
	alias["new"] = 9
	fmt.Println(len(m), m["new"])
	groups := map[bool][]int{}
	for i := 0; i < 6; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups)
	stats := map[string]Stat{}
	s := stats["x"]
	s.Count++
	stats["x"] = s
	ptrs := map[string]*Stat{"y": {}}
	ptrs["y"].Count += 2
	fmt.Println(stats, ptrs["y"].Count)
	nested := map[string]map[string]int{}
	if nested["outer"] == nil {
		nested["outer"] = map[string]int{}
	}
	nested["outer"]["inner"] = 1
	fmt.Println(nested)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	m2 := make(map[int]string, 100)
	fmt.Println(len(m2), m2[5] == "")
	clear(m)
	fmt.Println(len(m), len(alias))
}

// Output:
// 1 true 0 false 1
// map[a:1 b:2 c:1] 3
// map[a:1 c:1]
// 3 9
// map[false:[1 3 5] true:[0 2 4]]
// map[x:{1}] 2
// map[outer:map[inner:1]]
// [a c new]
// 0 true
// 0 0
