// Variadic parameters: no arguments give a nil slice, s... passes the slice
// itself (sharing its array), and ...interface{} boxes every argument.
package main

import "fmt"

func count(xs ...int) (int, bool) { return len(xs), xs == nil }

func setFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func describe(prefix string, args ...interface{}) string {
	return fmt.Sprint(prefix, len(args), args)
}

func main() {
	fmt.Println(count())
	fmt.Println(count(1, 2))
	s := []int{5, 6}
	fmt.Println(count(s...))
	setFirst(s...)
	setFirst(7, 8)
	fmt.Println(s)
	fmt.Println(describe("n=", 1, "a", nil))
	fmt.Println(describe("none"))
	parts := []interface{}{"x", 2}
	fmt.Println(describe("spread:", parts...))
	fmt.Println(describe("nested:", parts))
	f := fmt.Sprintln
	fmt.Print(f("via", "value"))
}

// Output:
// 0 true
// 2 false
// 2 false
// [-1 6]
// n=3 [1 a <nil>]
// none0 []
// spread:2 [x 2]
// nested:1 [[x 2]]
// via value
