// The Go 1.21 slices and maps packages.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	slices.Sort(s)
	fmt.Println(s, slices.Contains(s, 9), slices.Index(s, 4), slices.Index(s, 7))
	i, found := slices.BinarySearch(s, 5)
	fmt.Println(i, found, slices.Max(s), slices.Min(s), slices.IsSorted(s))
	s = slices.Compact(s)
	fmt.Println(s, len(s))
	s = slices.Insert(s, 1, 100, 101)
	fmt.Println(s)
	s = slices.Delete(s, 0, 2)
	fmt.Println(s)
	c := slices.Clone(s)
	slices.Reverse(c)
	fmt.Println(c, s[0], slices.Equal(s, c))
	words := []string{"Banana", "apple", "Cherry"}
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words, slices.IndexFunc(words, func(w string) bool { return strings.HasPrefix(w, "C") }))
	fmt.Println(slices.DeleteFunc([]int{1, 2, 3, 4}, func(n int) bool { return n%2 == 1 }))
	m := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m)
	m2["c"] = 3
	fmt.Println(len(m), len(m2), maps.Equal(m, m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 1 })
	fmt.Println(m2, maps.Equal(m, m2))
	maps.Copy(m2, map[string]int{"z": 26})
	fmt.Println(m2)
}

// Output:
// [1 1 2 3 4 5 6 9] true 4 -1
// 5 true 9 1 true
// [1 2 3 4 5 6 9] 7
// [1 100 101 2 3 4 5 6 9]
// [101 2 3 4 5 6 9]
// [9 6 5 4 3 2 101] 101 false
// [apple Banana Cherry] 2
// [2 4]
// 2 3 false
// map[a:1] false
// map[a:1 z:26]
