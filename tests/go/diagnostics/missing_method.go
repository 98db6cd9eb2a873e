// Assigning a type that lacks an interface method.
package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

func main() {
	var s Shape = Square{2}
	_ = s
}

// Error:
// missing_method.go:14:16: cannot use Square{…} (value of type Square) as Shape value in variable declaration: Square does not implement Shape (missing method Perimeter)
