package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println(s, len(s))
	r := []rune("héllo")
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(string(r))
	b := []byte("abc")
	b = append(b, "def"...)
	fmt.Println(string(b), string(b[1:4]))
	fmt.Println(string(rune(65)), fmt.Sprintf("%c%c", 72, 105))
}

// Output:
// 01234 5
// olléh
// abcdef bcd
// A Hi
