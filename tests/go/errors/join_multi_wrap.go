// errors.Join and multiple %w verbs (Go 1.20): the result matches every
// wrapped error, prints them newline-separated (Join) or inline (Errorf).
package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("a failed")
	ErrB = errors.New("b failed")
	ErrC = errors.New("c failed")
)

type Temporary interface{ Temporary() bool }

type netErr struct{}

func (netErr) Error() string   { return "net down" }
func (netErr) Temporary() bool { return true }

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, ErrC))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	w := fmt.Errorf("both: %w and %w", ErrA, ErrC)
	fmt.Println(w, errors.Is(w, ErrC), errors.Unwrap(w) == nil)
	wrapped := fmt.Errorf("op: %w", errors.Join(netErr{}, ErrB))
	var t Temporary
	fmt.Println(errors.As(wrapped, &t), t.Temporary())
	var ne netErr
	fmt.Println(errors.As(wrapped, &ne), ne)
	fmt.Printf("%q\n", j.Error())
}

// Output:
// a failed
// b failed
// true true false
// true true
// both: a failed and c failed true true
// true true
// true net down
// "a failed\nb failed"
