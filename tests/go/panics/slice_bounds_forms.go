// The runtime's slice-bounds messages name the failing bound: [:high] beyond
// capacity, [low:high] inverted, and 3-index forms.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	lo, hi, max := 4, 2, 6
	try("high>cap", func() { _ = s[:hi+4] })
	try("low>high", func() { _ = s[lo:hi] })
	try("max>cap", func() { _ = s[0:1:max] })
	try("high>max", func() { _ = s[0:3:hi] })
	try("string", func() { _ = "abc"[hi:lo+1] })
	try("array", func() {
		var a [4]int
		_ = a[lo+1:]
	})
	try("index", func() { _ = s[hi+2] })
	try("negative", func() { _ = s[hi-3] })
	fmt.Println(s[:5], len(s[1:4]))
}

// Output:
// high>cap: runtime error: slice bounds out of range [:6] with capacity 5
// low>high: runtime error: slice bounds out of range [4:2]
// max>cap: runtime error: slice bounds out of range [::6] with capacity 5
// high>max: runtime error: slice bounds out of range [:3:2]
// string: runtime error: slice bounds out of range [:5] with length 3
// array: runtime error: slice bounds out of range [5:4]
// index: runtime error: index out of range [4] with length 3
// negative: runtime error: index out of range [-1]
// [0 0 0 0 0] 3
