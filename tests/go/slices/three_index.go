// Full slice expressions s[low:high:max] cap the capacity, so a later append
// copies instead of overwriting the original's elements.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5}
	a := base[1:3]
	b := base[1:3:3]
	fmt.Println(len(a), cap(a), len(b), cap(b))
	a = append(a, 100)
	b = append(b, 200)
	fmt.Println(base, a, b)
	arr := [5]string{"a", "b", "c", "d", "e"}
	s := arr[:2:4]
	fmt.Println(s, len(s), cap(s), s[:4])
	t := arr[2:][:1:2]
	fmt.Println(t, cap(t))
	u := base[:0:0]
	fmt.Println(u == nil, len(u), cap(u))
	lo, hi, max := 1, 2, 5
	fmt.Println(base[lo:hi:max], cap(base[lo:hi:max]))
}

// Output:
// 2 5 2 2
// [0 1 2 100 4 5] [1 2 100] [1 2 200]
// [a b] 2 4 [a b c d]
// [c] 2
// false 0 0
// [1] 4
