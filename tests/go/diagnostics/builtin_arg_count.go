// A builtin called with too few arguments: reported at the closing paren.
package main

func main() {
	s := []int{1}
	println(len(s))
	_ = len()
}

// Error:
// builtin_arg_count.go:7:10: invalid operation: not enough arguments for len() (expected 1, found 0)
