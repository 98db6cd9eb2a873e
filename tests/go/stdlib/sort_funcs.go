package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{5, 2, 8, 1, 9}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 8))
	strs := []string{"banana", "apple", "cherry"}
	sort.Strings(strs)
	fmt.Println(strs)
	words := byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	fmt.Println(words)
	people := []person{{"A", 30}, {"B", 25}, {"C", 30}, {"D", 20}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	fmt.Println(fl)
}

// Output:
// [1 2 5 8 9] true 3
// [apple banana cherry]
// [a bb ccc]
// [{D 20} {B 25} {A 30} {C 30}]
// [9 8 5 2 1]
// 8
// [-1 2.5 3]
