// Rune and Unicode verbs: %c, %q, %U, %#U, and %x/%X on negative numbers and
// strings with multi-byte characters.
package main

import "fmt"

func main() {
	r := '世'
	fmt.Printf("%c %q %U %#U %d %x\n", r, r, r, r, r, r)
	fmt.Printf("%q %+q %#q %q\n", 'a', 'é', 'x', '\n')
	fmt.Printf("%q %+q %q %q\n", "héllo\n", "héllo", "\x00\xff", "tab\t")
	fmt.Printf("%x %X %x %#x\n", -255, -255, "é", -1)
	fmt.Printf("%c%c%c|%5c|%-5c|\n", 72, 105, 0x1F600, 'a', 'b')
	fmt.Printf("%U %#U %U\n", 0x41, 0x1F600, -1)
	fmt.Printf("%q %v %d\n", []rune("ab"), []rune("ab"), []byte("ab"))
	fmt.Printf("%s %v %q\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%08.3q|%6q|%-6q|\n", "abcdef", 'z', "z")
}

// Output:
// 世 '世' U+4E16 U+4E16 '世' 19990 4e16
// 'a' '\u00e9' 'x' '\n'
// "héllo\n" "h\u00e9llo" "\x00\xff" "tab\t"
// -ff -FF c3a9 -0x1
// Hi😀|    a|b    |
// U+0041 U+1F600 '😀' U+FFFFFFFFFFFFFFFF
// ['a' 'b'] [97 98] [97 98]
// hi [104 105] "hi"
// 000"abc"|   'z'|"z"   |
