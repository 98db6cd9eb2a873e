package main

// Slice bounds computed at run time that are negative panic with Go's
// messages ([-2:], [:-2], [::-1], ...) on slices, arrays and strings, checked
// in Go's order (max, then hi, then lo).

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	a := []int{1, 2, 3, 4}
	arr := [4]int{1, 2, 3, 4}
	s := "abcd"
	m2, m1, one, two, five := -2, -1, 1, 2, 5
	try("lo", func() { _ = a[m2:] })
	try("hi", func() { _ = a[:m2] })
	try("lohi", func() { _ = a[m2:m1] })
	try("max", func() { _ = a[0:2:m1] })
	try("hi3", func() { _ = a[0:m1:2] })
	try("lo3", func() { _ = a[m1:1:2] })
	try("max5hi-1", func() { _ = a[0:m1:five] })
	try("arr", func() { _ = arr[m1:] })
	try("arrhi", func() { _ = arr[:five] })
	try("str", func() { _ = s[m1:] })
	try("strhi", func() { _ = s[:m2] })
	try("strlohi", func() { _ = s[two:one] })
	try("ok", func() { fmt.Println(a[one:two], s[one:], arr[:two:3]) })
}

// Output:
// lo runtime error: slice bounds out of range [-2:]
// hi runtime error: slice bounds out of range [:-2]
// lohi runtime error: slice bounds out of range [:-1]
// max runtime error: slice bounds out of range [::-1]
// hi3 runtime error: slice bounds out of range [:-1:]
// lo3 runtime error: slice bounds out of range [-1::]
// max5hi-1 runtime error: slice bounds out of range [::5] with capacity 4
// arr runtime error: slice bounds out of range [-1:]
// arrhi runtime error: slice bounds out of range [:5] with length 4
// str runtime error: slice bounds out of range [-1:]
// strhi runtime error: slice bounds out of range [:-2]
// strlohi runtime error: slice bounds out of range [2:1]
// [2] bcd [1 2]
// ok <nil>
