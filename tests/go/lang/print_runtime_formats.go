// The builtins print/println write to stderr in the runtime's own format:
// floats as +d.dddddde+ddd, runes and bytes as numbers, print without spaces
// between string operands.
package main

type E struct{}

func (E) Error() string { return "e" }

func main() {
	println(1, -2, 3.5, float32(0.1), true, "s", 'x', byte(7), uint64(1<<63), int8(-8))
	println()
	println(1e100, -0.0, 1/3.0)
	print("a", 1, 2, "b\n")
	var e error
	println(e == nil)
	var i interface{} = 5
	_ = i
	x := []int{1}
	println(len(x), cap(x))
	println(07, 0x10)
	print(3.0, "\n")
	print(1e-7, " ", 123456789.0, "\n")
}

// Output:
// 1 -2 +3.500000e+000 +1.000000e-001 true s 120 7 9223372036854775808 -8
//
// +1.000000e+100 +0.000000e+000 +3.333333e-001
// a12b
// true
// 1 1
// 7 16
// +3.000000e+000
// +1.000000e-007 +1.234568e+008
