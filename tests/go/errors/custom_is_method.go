// An error type can define Is(error) bool to match targets by kind, and
// errors.As can target an interface; wrapped nil in Errorf prints %!w(<nil>).
package main

import (
	"errors"
	"fmt"
)

type StatusErr struct{ Code int }

func (e StatusErr) Error() string { return fmt.Sprintf("status %d", e.Code) }

func (e StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

func main() {
	err := fmt.Errorf("request: %w", StatusErr{404})
	fmt.Println(errors.Is(err, StatusErr{}), errors.Is(err, StatusErr{404}), errors.Is(err, StatusErr{500}))
	var se StatusErr
	fmt.Println(errors.As(err, &se), se.Code)
	var e interface{ Error() string }
	fmt.Println(errors.As(err, &e), e)
	fmt.Println(fmt.Errorf("nil: %w", nil))
	fmt.Println(fmt.Errorf("not an error: %w", 5))
}

// Output:
// true true false
// true 404
// true request: status 404
// nil: %!w(<nil>)
// not an error: %!w(int=5)
