// Indexing a string yields bytes; ranging yields runes with their byte
// offsets; invalid UTF-8 decodes as U+FFFD one byte at a time.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[2], s[0:1], s[1:3])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i := range "aé" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println(len(bad), []rune(bad)[1] == '\uFFFD')
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:]), string(rs[1]))
	bs := []byte(s)
	bs[0] = 'H'
	fmt.Println(string(bs[:6]), s[:6])
	var r rune = 19990
	fmt.Println(string(r), string(rune(-1)), fmt.Sprint('世'))
}

// Output:
// 14 195 169 h é
// 0:h 1:é 3:l 4:l 5:o 6:, 7:  8:世 11:界 
// 0 1 
// 0:U+0061 1:U+FFFD 2:U+0062 3:U+FFFD 4:U+FFFD 5 true
// 9 世界 é
// Héllo héllo
// 世 � 19990
