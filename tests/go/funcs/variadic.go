package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func prefix(p string, xs ...string) []string {
	for i := range xs {
		xs[i] = p + xs[i]
	}
	return xs
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	names := []string{"a", "b"}
	out := prefix("x", names...)
	fmt.Println(out, names)
	fmt.Println(prefix("y"), prefix("y") == nil)
	var any []interface{} = []interface{}{1, "two", 3.0}
	fmt.Println(any...)
}

// Output:
// 0 1 6
// 15
// [xa xb] [xa xb]
// [] true
// 1 two 3
