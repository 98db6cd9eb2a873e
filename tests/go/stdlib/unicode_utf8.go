package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneLen('世'), utf8.ValidString(s), utf8.ValidString("\xff"))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString("世界")
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, 'é')
	fmt.Println(buf[:n], n)
	letters, digits, spaces, upper := 0, 0, 0, 0
	for _, c := range "Go 1.22 Rocks" {
		if unicode.IsLetter(c) {
			letters++
		}
		if unicode.IsDigit(c) {
			digits++
		}
		if unicode.IsSpace(c) {
			spaces++
		}
		if unicode.IsUpper(c) {
			upper++
		}
	}
	fmt.Println(letters, digits, spaces, upper)
	fmt.Println(string(unicode.ToUpper('a')), string(unicode.ToLower('Q')), unicode.IsPunct('!'))
	fmt.Println(utf8.RuneError == '\uFFFD', utf8.UTFMax)
}

// Output:
// 14 10 3 true false
// 世 3
// 界 3
// [195 169] 2
// 7 3 2 2
// A q true
// true 4
