package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%b|%c|%U\n", 42, 42, 42, 42, 42, 255, 255, 8, 5, 'G', 0x1F600)
	fmt.Printf("%s|%q|%v|%10s|%-10s|%x\n", "hi", "hi", "hi", "hi", "hi", "hi")
	fmt.Printf("%t|%v|%p\n", true, nil, nil)
	fmt.Printf("%v|%+v|%#v|%T\n", P{1, "a"}, P{1, "a"}, P{1, "a"}, P{})
	fmt.Printf("%v|%v|%#v\n", []string{"a", "b"}, []int(nil), []int{1})
	fmt.Printf("%6.2f|%-8.3e|%g|%G\n", 3.14159, 1234.5678, 1e-10, 2.5e20)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%%|%3c|%-4q|\n", 'x', 'y')
	fmt.Printf("%08.3f|%+.1e|% d|%x\n", -3.14159, 12345.0, 5, -255)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
}

// Output:
// 42|   42|42   |00042|+42|ff|FF|10|101|G|U+1F600
// hi|"hi"|hi|        hi|hi        |6869
// true|<nil>|%!p(<nil>)
// {1 a}|{X:1 S:a}|main.P{X:1, S:"a"}|main.P
// [a b]|[]|[]int{1}
//   3.14|1.235e+03|1e-10|2.5E+20
// %!d(string=str) %!s(int=5)
// 1
// %!(EXTRA int=2)1 %!d(MISSING)
// %|  x|'y' |
// -003.142|+1.2e+04| 5|-ff
//     1|2   |
// a1 2bc3.5 <nil>
// x 1
// |
