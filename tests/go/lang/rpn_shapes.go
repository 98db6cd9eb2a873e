// A small program of the kind people paste: shapes sorted through an
// interface (with a Stringer and a width applied to struct fields) and an
// RPN evaluator with a slice-backed stack, errors.Join and %w.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c Circle) Area() float64     { return 3.14159 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }
func (c Circle) String() string    { return "Circle(" + strconv.FormatFloat(c.R, 'f', 1, 64) + ")" }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() (int, error) {
	if len(*s) == 0 {
		return 0, errors.New("empty stack")
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

func eval(expr string) (int, error) {
	var st Stack
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err := errors.Join(err1, err2); err != nil {
				return 0, fmt.Errorf("eval %q: %w", expr, err)
			}
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				if b == 0 {
					return 0, errors.New("division by zero")
				}
				st.Push(a / b)
			}
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, err
			}
			st.Push(n)
		}
	}
	return st.Pop()
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{1, 1}, Circle{2.5}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-12v %8.3f %8.3f\n", s, s.Area(), s.Perimeter())
	}
	for _, e := range []string{"3 4 + 2 *", "1 +", "4 0 /", "x", "10 3 - 2 -"} {
		v, err := eval(e)
		fmt.Println(v, err)
	}
	fmt.Fprintln(os.Stderr, "done")
}

// Output:
// {1            1           }    1.000    4.000
// Circle(1.0)     3.142    6.283
// {3            4           }   12.000   14.000
// Circle(2.5)    19.635   15.708
// 14 <nil>
// 0 eval "1 +": empty stack
// 0 division by zero
// 0 strconv.Atoi: parsing "x": invalid syntax
// 5 <nil>
// done
