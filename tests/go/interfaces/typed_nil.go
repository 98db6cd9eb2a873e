package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func real(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	e := mayFail(false)
	fmt.Println(e == nil, e != nil)
	fmt.Println(real(false) == nil, real(true))
	var i interface{}
	fmt.Println(i == nil)
	var p *int
	i = p
	fmt.Println(i == nil, i == (*int)(nil))
}

// Output:
// false true
// true my error
// true
// false true
