// An interface holding a nil pointer is not nil; methods with pointer
// receivers can still be called on it; only a nil interface compares equal
// to nil.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil, err)
	fmt.Printf("%v %T\n", err, err)
	fmt.Println(correct(false) == nil, correct(true))
	var e error
	fmt.Println(e == nil, e)
	fmt.Printf("%v %T\n", e, e)
	var p *MyErr
	e = p
	fmt.Println(e == nil, e == (*MyErr)(nil), e.Error())
	var target *MyErr
	fmt.Println(errors.As(correct(true), &target), target.msg)
	var i interface{} = (*int)(nil)
	fmt.Println(i == nil, i.(*int) == nil)
	var s fmt.Stringer
	fmt.Println(s == nil, i != s)
}

// Output:
// false true nil *MyErr
// nil *MyErr *main.MyErr
// true failed
// true <nil>
// <nil> <nil>
// false true nil *MyErr
// true failed
// false true
// true true
