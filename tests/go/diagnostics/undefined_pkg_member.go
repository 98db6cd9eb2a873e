package main

import "fmt"

func main() {
	fmt.Foo()
}

// Error:
// undefined_pkg_member.go:6:6: undefined: fmt.Foo
