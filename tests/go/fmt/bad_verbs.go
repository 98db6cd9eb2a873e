// fmt's in-band error reports: wrong types, missing and extra arguments,
// unknown verbs, nil values, and a trailing percent.
package main

import "fmt"

func main() {
	fmt.Printf("%z|%d|%s\n", 1, "x", 2)
	fmt.Printf("%d|%s|%v\n", nil, nil, nil)
	fmt.Printf("%d %d %d\n", 1)
	fmt.Printf("no verbs\n", 1, "a")
	fmt.Printf("%!|%")
	fmt.Println()
	fmt.Printf("%t|%f|%c\n", 1, "s", "r")
	fmt.Printf("%.2d|%10.4v|%-3v|\n", 3, "abcdefg", nil)
	fmt.Println(fmt.Sprintf("%[2]d %[1]d", 1, 2), fmt.Sprintf("%[3]d", 1))
	fmt.Println(fmt.Sprintf("%s", []string{"a", "b"}), fmt.Sprintf("%d", []string{"a"}))
	fmt.Println(fmt.Sprintf("%x %X", []string{"ab", "c"}, 3.5))
}

// Output:
// %!z(int=1)|%!d(string=x)|%!s(int=2)
// %!d(<nil>)|%!s(<nil>)|<nil>
// 1 %!d(MISSING) %!d(MISSING)
// no verbs
// %!(EXTRA int=1, string=a)%!!(MISSING)|%!(NOVERB)
// %!t(int=1)|%!f(string=s)|%!c(string=r)
// 03|      abcd|<nil>|
// 2 1 %!d(BADINDEX)
// [a b] [%!d(string=a)]
// [6162 63] 0X1.CP+01
