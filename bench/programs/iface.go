// Interface method calls over three concrete types, plus a type switch every
// fourth element: the dynamic-dispatch path (what an inline cache would speed up).
// bench-args: 3000000
// bench-expect: 13105671227
// bench-quick-args: 30000
// bench-quick-expect: 35190828
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Shape interface {
	Area() int
	Grow(k int) Shape
}

type Rect struct{ w, h int }
type Square struct{ s int }
type Tri struct{ b, h int }

func (r Rect) Area() int          { return r.w * r.h }
func (r Rect) Grow(k int) Shape   { return Rect{r.w + k, r.h} }
func (s Square) Area() int        { return s.s * s.s }
func (s Square) Grow(k int) Shape { return Square{s.s + k} }
func (t Tri) Area() int           { return t.b * t.h / 2 }
func (t Tri) Grow(k int) Shape    { return Tri{t.b, t.h + k} }

func main() {
	n := 3000000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	shapes := make([]Shape, 0, 64)
	for i := 0; i < 64; i++ {
		switch i % 3 {
		case 0:
			shapes = append(shapes, Rect{i + 1, i + 2})
		case 1:
			shapes = append(shapes, Square{i})
		default:
			shapes = append(shapes, Tri{i, i + 3})
		}
	}
	total := 0
	for i := 0; i < n; i++ {
		s := shapes[i%len(shapes)]
		total += s.Area()
		if i%4 == 0 {
			switch v := s.(type) {
			case Rect:
				total += v.w
			case Square:
				total -= v.s
			case Tri:
				total += v.h
			}
		}
		if i%1000 == 999 {
			shapes[i%len(shapes)] = s.Grow(1)
		}
	}
	fmt.Println(total)
}
