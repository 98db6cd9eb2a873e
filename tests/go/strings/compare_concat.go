// Strings compare bytewise, concatenate into new strings, and substrings and
// conversions never alias mutable memory.
package main

import "fmt"

func main() {
	a, b := "apple", "banana"
	fmt.Println(a < b, a > b, "Z" < "a", "ab" < "abc", "" < "a", "é" > "z")
	s := a
	s += "!"
	fmt.Println(a, s, a == "apple", s[:5] == a)
	parts := ""
	for i := 0; i < 5; i++ {
		parts += string(rune('a' + i))
	}
	fmt.Println(parts, len(parts))
	bs := []byte("xyz")
	t := string(bs)
	bs[0] = 'X'
	fmt.Println(t, string(bs))
	const raw = `line1
	"quoted" \n not escaped`
	fmt.Println(raw)
	fmt.Println("multi" +
		"line", len(`\t`))
	var empty string
	fmt.Printf("%q %d %v\n", empty, len(empty), empty == "")
}

// Output:
// true false true true true true
// apple apple! true true
// abcde 5
// xyz Xyz
// line1
// 	"quoted" \n not escaped
// multiline 2
// "" 0 true
