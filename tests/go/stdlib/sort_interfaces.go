// sort: sort.Sort with a custom Interface, sort.Reverse, SliceStable keeping
// the order of equal elements, Search and the typed helpers.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people[0].Age, people[3].Name)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people[0].Name)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	xs := []int{5, 2, 8, 1}
	sort.Ints(xs)
	i := sort.SearchInts(xs, 5)
	j := sort.Search(len(xs), func(k int) bool { return xs[k] >= 3 })
	fmt.Println(xs, i, j, sort.SearchInts(xs, 100), sort.IntsAreSorted(xs))
	fs := []float64{2.5, -1, 0}
	sort.Float64s(fs)
	ss := sort.StringSlice{"b", "c", "a"}
	sort.Sort(sort.Reverse(ss))
	fmt.Println(fs, ss, sort.SearchStrings([]string{"a", "c"}, "b"))
	words := []string{"banana", "kiwi", "apple", "fig"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words, sort.SliceIsSorted(words, func(i, j int) bool { return words[i] < words[j] }))
}

// Output:
// 25 Carol
// Carol
// [{Bob 25} {Dan 25} {Alice 30} {Carol 35}]
// [1 2 5 8] 2 2 4 true
// [-1 0 2.5] [c b a] 1
// [fig kiwi apple banana] false
