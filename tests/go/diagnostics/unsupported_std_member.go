// A function Go's standard library has but heapscope does not provide yet
// is reported as not supported (never as undefined), at compile time.
package main

import "fmt"

func main() {
	var n int
	fmt.Sscanf("42", "%d", &n)
	fmt.Println(n)
}

// Error:
// unsupported_std_member.go:9:6: not supported yet: fmt.Sscanf
