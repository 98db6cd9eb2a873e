package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Println(name+":", r, isRuntime)
	}()
	f()
}

func ignoresFalse(yield func(int) bool) {
	yield(1)
	yield(2)
}

var saved func(int) bool

func keeps(yield func(int) bool) {
	saved = yield
	yield(1)
}

func swallows(yield func(int) bool) {
	defer func() { recover() }()
	yield(1)
}

func main() {
	try("after false", func() {
		for x := range ignoresFalse {
			fmt.Println("got", x)
			break
		}
	})
	try("after exit", func() {
		for x := range keeps {
			fmt.Println("got", x)
		}
		saved(2)
	})
	try("swallowed", func() {
		for x := range swallows {
			panic(x)
		}
	})
}

// Output:
// got 1
// after false: runtime error: range function continued iteration after function for loop body returned false true
// got 1
// after exit: runtime error: range function continued iteration after whole loop exit true
// swallowed: runtime error: range function recovered a loop body panic and did not resume panicking true
