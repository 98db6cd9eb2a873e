package main

// Variables never assigned after their declaration are captured by value
// (no cell); everything a closure can observe must stay as Go defines it.

import "fmt"

type pt struct{ x, y int }

func main() {
	var fs []func() int
	// Go 1.22 per-iteration loop variables: `i++` in the post statement
	// works on the next iteration's copy.
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	// A function literal in the post statement sees the copy after the
	// post statement's assignment.
	for j := 0; j < 6; j, fs = j+2, append(fs, func() int { return j }) {
	}
	// Reassigned in the body after the capture: shared.
	for k := 0; k < 3; k++ {
		fs = append(fs, func() int { return k * 10 })
		k += 0
	}
	x := 7
	fs = append(fs, func() int { return x })
	x = 8 // assigned after the capture: the closure sees 8
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Closures that modify their own per-iteration copy.
	var gs []func() int
	for i := 0; i < 3; i++ {
		gs = append(gs, func() int { i++; return i })
	}
	for _, g := range gs {
		fmt.Print(g(), g(), " ")
	}
	fmt.Println()

	// References captured by value: the object is shared, not copied.
	s := []int{1, 2, 3}
	m := map[string]int{"a": 1}
	str := "hi"
	p := &pt{1, 2}
	v := pt{3, 4} // struct values keep a cell
	f := func() {
		s[0] = 10
		m["b"] = 2
		p.x = 5
		v.y = 40
		fmt.Println(len(str), s, len(m), *p, v)
	}
	f()
	fmt.Println(s, m["b"], *p, v)

	// Nested literals reach an outer variable through the middle one.
	n := 5
	outer := func() func() int {
		return func() int { return n * 2 }
	}
	fmt.Println(outer()())

	// A parameter captured by value.
	add := func(d int) func(int) int { return func(y int) int { return y + d } }
	fmt.Println(add(3)(4))

	// A named result is set by return: never captured by value.
	fmt.Println(named())
}

func named() (r int) {
	defer func() { r *= 2 }()
	return 21
}

// Output:
// 0 1 2 2 4 6 0 10 20 8 
// 1 2 2 3 3 4 
// 2 [10 2 3] 2 {5 2} {3 40}
// [10 2 3] 2 {5 2} {3 40}
// 10
// 7
// 42
