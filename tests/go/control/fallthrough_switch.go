// switch: cases are evaluated top to bottom and only until a match,
// fallthrough enters the next case body without testing it, default can be
// anywhere, and a case lists several values.
package main

import "fmt"

func grade(n int) string {
	s := ""
	switch {
	case n >= 90:
		s += "A"
		fallthrough
	case n >= 80:
		s += "B"
		fallthrough
	default:
		s += "-"
	case n < 0:
		s += "neg"
	}
	return s
}

func probe(tag string, v int) int {
	fmt.Print(tag, " ")
	return v
}

func main() {
	fmt.Println(grade(95), grade(85), grade(50), grade(-1))
	switch probe("tag", 2) {
	case probe("a", 1), probe("b", 2), probe("c", 3):
		fmt.Println("matched")
	case probe("d", 2):
		fmt.Println("no")
	}
	switch x := 3; x {
	case 1, 2:
		fmt.Println("small")
	case 3, 4:
		fmt.Println("medium", x)
		if x == 3 {
			break
		}
		fmt.Println("unreached")
	}
	switch c := 'b'; c {
	case 'a':
	case 'b':
		fallthrough
	case 'c':
		fmt.Println("b or c")
	}
	switch {
	}
	switch s := "go"; s + "!" {
	default:
		fmt.Println("default")
	case "go!":
		fmt.Println("exclaim")
	}
}

// Output:
// AB- B- - neg
// tag a b matched
// medium 3
// b or c
// exclaim
