package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[1:3], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), []byte("hi"), []rune("hé"))
	fmt.Println(string([]rune{72, 105}), "a" < "b", "abc" > "abd", "x"+"y" == "xy")
	t := s
	t += "!"
	fmt.Println(s != t, t[len(t)-1:])
}

// Output:
// 14 104 195 é  世界
// 0:h 1:é 3:l 4:l 5:o 6:, 7:  8:世 11:界 
// Xbc [104 105] [104 233]
// Hi true false true
// true !
