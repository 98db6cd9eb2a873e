// recover returns nil outside a panic and when not called directly by a
// deferred function; a recovered panic lets the function return normally
// with its named results; a new panic in a deferred call replaces the first.
package main

import (
	"errors"
	"fmt"
)

func helper() interface{} { return recover() }

func notDirect() (r interface{}) {
	defer func() {
		r = helper()
		recover()
	}()
	panic("p1")
}

func replaced() (msg string) {
	defer func() { msg = fmt.Sprint("final: ", recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

func recoverTwice() {
	defer func() { fmt.Println("second recover:", recover()) }()
	defer func() { fmt.Println("first recover:", recover()) }()
	panic("once")
}

func withErr() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("converted: ", r))
		}
	}()
	var arr []int
	return errors.New(fmt.Sprint(arr[1]))
}

func deferredLoop() (s string) {
	for i := 0; i < 3; i++ {
		defer func() { s += fmt.Sprint(i) }()
	}
	return "x"
}

func main() {
	fmt.Println("outside:", recover())
	fmt.Println("not direct:", notDirect())
	fmt.Println(replaced())
	recoverTwice()
	fmt.Println(withErr())
	fmt.Println(deferredLoop())
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("runtime error?", ok, err)
		}()
		var m map[int]int
		m[1] = 1
	}()
	fmt.Println("done")
}

// Output:
// outside: <nil>
// not direct: <nil>
// final: second
// first recover: once
// second recover: <nil>
// converted: runtime error: index out of range [1] with length 0
// x210
// runtime error? true assignment to entry in nil map
// done
