package main

import "fmt"

func main() {
	s := "a\xffb\xe4\xb8"
	for i, r := range s {
		fmt.Println(i, r)
	}
	fmt.Println([]rune(s))
	fmt.Println(string(rune(-1)) == "\uFFFD", string(rune(0x10FFFF+1)))
}

// Output:
// 0 97
// 1 65533
// 2 98
// 3 65533
// 4 65533
// [97 65533 98 65533 65533]
// true �
