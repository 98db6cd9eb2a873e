// errors.Is and errors.As walk the %w chain; Unwrap peels one layer; a %v
// wrap breaks the chain; comparable error values match by ==.
package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func open(name string) error {
	return &PathError{"open", name, ErrNotFound}
}

func main() {
	err := fmt.Errorf("loading config: %w", open("/etc/x"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, io.EOF))
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("path:", pe.Path, pe.Err == ErrNotFound)
	}
	fmt.Println(errors.Unwrap(err) == error(pe), errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil, errors.Unwrap(nil))
	flat := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(flat, errors.Is(flat, ErrNotFound), errors.Unwrap(flat))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound))
	fmt.Println(errors.New("x") == errors.New("x"))
	fmt.Printf("%T %T\n", err, flat)
}

// Output:
// loading config: open /etc/x: not found
// true false
// path: /etc/x true
// true true
// true <nil>
// flat: not found false <nil>
// true false true
// false
// *fmt.wrapError *errors.errorString
