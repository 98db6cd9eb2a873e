// Assorted verb/flag combinations; a pointer prints as 0x... (its value
// varies, so only the prefix is compared).
package main

import "fmt"

type T struct{ A int }

func main() {
	x := 1
	p := &x
	s := fmt.Sprintf("%p", p)
	fmt.Println(s[:2], len(s) > 2, fmt.Sprintf("%p", []int{1})[:2])
	fmt.Printf("%v %d\n", &T{1}, &T{2})
	var f func()
	fmt.Printf("%v %p\n", f == nil, f)
	fmt.Printf("%x %X % x\n", 3.5, []string{"a"}, 255)
	fmt.Printf("%6.2v|%-8q|%#U\n", 3.14159, "a", 'x')
	fmt.Printf("%s\n", struct{ A, b int }{1, 2})
	fmt.Printf("%v\n", [][]string{{"a"}, nil})
	fmt.Printf("%08.3e|%+08d|%-08d|\n", 1234.5, 42, 42)
	fmt.Printf("%.3x|%10.2s|\n", "hello", "hello")
	fmt.Printf("%t %v\n", "x", struct{}{})
	fmt.Printf("%c|%q|%U\n", 65.0, 3, "s")
	fmt.Printf("%e %E %.0e\n", 0.0, 1e-300, 5.5)
	fmt.Printf("%g %g %g %g %G\n", 1e20, 1e21, 123456789.0, 0.0001, 1e-5)
	fmt.Printf("%b %o %O %x\n", -5, -8, 64, uint8(200))
	fmt.Printf("%v %.2f %5.1f%%\n", float32(0.1)+float32(0.2), 2.675, 12.25)
}

// Output:
// 0x true 0x
// &{1} &{2}
// true 0x0
// 0x1.cp+01 [61]  ff
//    3.1|"a"     |U+0078 'x'
// {%!s(int=1) %!s(int=2)}
// [[a] []]
// 1.234e+03|+0000042|42      |
// 68656c|        he|
// %!t(string=x) {}
// %!c(float64=65)|'\x03'|%!U(string=s)
// 0.000000e+00 1.000000E-300 6e+00
// 1e+20 1e+21 1.23456789e+08 0.0001 1E-05
// -101 -10 0o100 c8
// 0.3 2.67  12.2%
