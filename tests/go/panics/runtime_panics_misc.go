// Runtime panics of builtins and calls: negative shift, makeslice length
// and capacity, strings.Repeat, nil func and nil pointer receivers.
package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	n := -1
	s := []int{1}
	try("shift", func() { _ = 1 << n })
	try("makeslice", func() { _ = make([]int, n) })
	try("makeslice cap", func() { _ = make([]int, 2, 1+n+1) })
	try("repeat", func() { _ = strings.Repeat("x", n) })
	try("nil func", func() {
		var f func()
		f()
	})
	try("nil ptr method", func() {
		var sb *strings.Builder
		sb.WriteString("x")
	})
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))) })
	var arr [3]int
	idx := 5
	try("array", func() { arr[idx%8] = 1 })
	fmt.Println(s, arr)
}

// Output:
// shift: runtime error: negative shift amount
// makeslice: runtime error: makeslice: len out of range
// makeslice cap: runtime error: makeslice: cap out of range
// repeat: strings: negative Repeat count
// nil func: runtime error: invalid memory address or nil pointer dereference
// nil ptr method: runtime error: invalid memory address or nil pointer dereference
// custom: wrapped: inner
// array: runtime error: index out of range [5] with length 3
// [1] [0 0 0]
