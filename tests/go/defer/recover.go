package main

import "fmt"

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safe(func() { panic("boom") }))
	fmt.Println(safe(func() {
		var a []int
		_ = a[3]
	}))
	fmt.Println(safe(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(safe(func() {}))
	fmt.Println(recover())
	defer func() {
		fmt.Println("recovered in main:", recover())
	}()
	panic(fmt.Sprintf("%d", 42))
}

// Output:
// recovered: boom
// recovered: runtime error: index out of range [3] with length 0
// recovered: assignment to entry in nil map
// <nil>
// <nil>
// recovered in main: 42
