// unicode classification and case mapping beyond ASCII, and utf8 encoding
// and decoding.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', 'é', 'Σ', '世', '٣', '!', '\t', '€'} {
		fmt.Printf("%q L%t U%t l%t D%t N%t S%t P%t Sym%t\n", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r),
			unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('a')))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneLen('€'), utf8.RuneLen('a'))
	r, size := utf8.DecodeRuneInString("€x")
	fmt.Println(string(r), size, utf8.RuneCountInString("h€llo"), utf8.ValidString("a\xffb"))
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeLastRuneInString("ab€")
	fmt.Println(string(r), size, utf8.RuneStart(0x82), utf8.FullRune([]byte{0xe2, 0x82}))
	fmt.Println(string(utf8.AppendRune(nil, 'ß')), utf8.UTFMax, unicode.MaxRune)
}

// Output:
// 'a' Ltrue Ufalse ltrue Dfalse Nfalse Sfalse Pfalse Symfalse
// 'Z' Ltrue Utrue lfalse Dfalse Nfalse Sfalse Pfalse Symfalse
// '5' Lfalse Ufalse lfalse Dtrue Ntrue Sfalse Pfalse Symfalse
// ' ' Lfalse Ufalse lfalse Dfalse Nfalse Strue Pfalse Symfalse
// 'é' Ltrue Ufalse ltrue Dfalse Nfalse Sfalse Pfalse Symfalse
// 'Σ' Ltrue Utrue lfalse Dfalse Nfalse Sfalse Pfalse Symfalse
// '世' Ltrue Ufalse lfalse Dfalse Nfalse Sfalse Pfalse Symfalse
// '٣' Lfalse Ufalse lfalse Dtrue Ntrue Sfalse Pfalse Symfalse
// '!' Lfalse Ufalse lfalse Dfalse Nfalse Sfalse Ptrue Symfalse
// '\t' Lfalse Ufalse lfalse Dfalse Nfalse Strue Pfalse Symfalse
// '€' Lfalse Ufalse lfalse Dfalse Nfalse Sfalse Pfalse Symtrue
// É σ A
// [226 130 172] 3 3 1
// € 3 5 false
// true 1
// € 3 false false
// ß 4 1114111
