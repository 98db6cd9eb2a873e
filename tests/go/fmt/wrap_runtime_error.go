package main

// A recovered runtime error is an error to fmt: %w wraps it, as in Go.

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover().(error)
		e := fmt.Errorf("w: %w", r)
		fmt.Println(e, errors.Unwrap(e) == r)
		fmt.Printf("%v|%s|%q\n", r, r, r)
	}()
	var m map[string]int
	m["a"] = 1
}

// Output:
// w: assignment to entry in nil map true
// assignment to entry in nil map|assignment to entry in nil map|"assignment to entry in nil map"
