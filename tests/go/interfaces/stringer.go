package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type T struct {
	C    Color
	Name string
}

func main() {
	fmt.Println(Red, Green, Color(7))
	fmt.Printf("%v %d %s %+v\n", Green, Green, Red, T{Green, "x"})
	fmt.Println([]Color{Red, Green})
	fmt.Println(map[Color]int{Green: 2, Red: 1})
}

// Output:
// Red Green Color(7)
// Green 1 Red {C:Green Name:x}
// [Red Green]
// map[Red:1 Green:2]
