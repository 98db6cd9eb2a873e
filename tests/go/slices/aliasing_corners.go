// Slice aliasing corner cases (append into itself, overlapping copy, capped
// appends), promoted fields through a nil embedded pointer, arrays as map
// keys and interface equality of struct values.
package main

import (
	"fmt"
	"strings"
)

type Inner struct{ V int }
type Outer struct {
	*Inner
	Name string
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	t := []int{1, 2, 3, 4, 5}
	n := copy(t, t[1:])
	fmt.Println(t, n)
	u := []int{1, 2, 3, 4, 5}
	copy(u[1:], u)
	fmt.Println(u)
	b := make([]byte, 3)
	fmt.Println(copy(b, "héllo"), b)
	x := []int{1, 2, 3}
	y := append(x[:1:1], 9)
	fmt.Println(x, y)
	z := append([]int(nil), x...)
	z[0] = -1
	fmt.Println(x, z)
	var sb strings.Builder
	sb.WriteString("ab")
	fmt.Println(sb.String(), strings.Repeat("-", 2))
	o := Outer{Name: "n"}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(o.V)
	}()
	o.Inner = &Inner{7}
	fmt.Println(o.V, o.Inner.V)
	m := map[[2]int]string{{1, 2}: "a"}
	m[[2]int{1, 2}] += "b"
	fmt.Println(m)
	var iface1, iface2 interface{} = Inner{1}, Inner{1}
	fmt.Println(iface1 == iface2, iface1 != Inner{2})
	matrix := [3][3]int{}
	for i := range matrix {
		matrix[i][i] = i + 1
	}
	fmt.Println(matrix, len(matrix[0]))
	ss := s[1:3]
	ss = append(ss, 100)
	fmt.Println(s, ss)
	rs := []rune("héllo")
	rs[1] = 'e'
	fmt.Println(string(rs), len(rs))
	bs := []byte("abc")
	bs = append(bs, "def"...)
	fmt.Println(string(bs))
	var arr [5]int
	sl := arr[1:3]
	sl = append(sl, 7)
	fmt.Println(arr, cap(sl))
	sl = append(sl, 8, 9, 10)
	sl[0] = 99
	fmt.Println(arr, sl)
}

// Output:
// [0 2 3 4 5] 5 6
// [2 3 4 5 5] 4
// [1 1 2 3 4]
// 3 [104 195 169]
// [1 2 3] [1 9]
// [1 2 3] [-1 2 3]
// ab --
// recovered: runtime error: invalid memory address or nil pointer dereference
// 7 7
// map[[1 2]:ab]
// true true
// [[1 0 0] [0 2 0] [0 0 3]] 3
// [0 2 3 100 5] [2 3 100]
// hello 5
// abcdef
// [0 0 0 7 0] 4
// [0 0 0 7 0] [99 0 7 8 9 10]
