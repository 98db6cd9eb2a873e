package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	return &QueryError{q, ErrNotFound}
}

func main() {
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	w := fmt.Errorf("wrapped: %w", err)
	fmt.Println(w, errors.Is(w, ErrNotFound), errors.Unwrap(w) == err)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
}

// Output:
// users: not found
// true
// query was users
// wrapped: users: not found true true
// true
