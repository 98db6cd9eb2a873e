// Struct values compare field by field (including nested arrays, strings,
// pointers and interfaces) and can be map keys; anonymous struct types with
// identical fields are identical types.
package main

import "fmt"

type Point struct{ X, Y int }

type Labeled struct {
	Name string
	At   Point
	Tags [2]string
	Any  interface{}
}

func main() {
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, p != Point{2, 1}, &p == &q)
	l1 := Labeled{"a", p, [2]string{"x", "y"}, 1}
	l2 := l1
	fmt.Println(l1 == l2)
	l2.Tags[1] = "z"
	fmt.Println(l1 == l2, l1.Tags, l2.Tags)
	l2 = l1
	l2.Any = int64(1)
	fmt.Println(l1 == l2)
	seen := map[Point]string{}
	seen[Point{0, 0}] = "origin"
	seen[p] = "p"
	seen[q] = "q"
	fmt.Println(len(seen), seen[Point{1, 2}], seen)
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(anon == struct{ X, Y int }{1, 2}, Point(anon) == p)
	var pp Point = anon
	fmt.Println(pp)
	type key struct {
		a string
		b int
	}
	counts := map[key]int{}
	for _, w := range []string{"x", "y", "x"} {
		counts[key{w, len(w)}]++
	}
	fmt.Println(counts[key{"x", 1}], counts[key{"y", 1}], counts[key{"z", 1}])
}

// Output:
// true true false
// true
// false [x y] [x z]
// false
// 2 q map[{0 0}:origin {1 2}:q]
// true true
// {1 2}
// 2 1 0
