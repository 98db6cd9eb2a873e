// Constants are not addressable and cannot be assigned.
package main

const limit = 10

func main() {
	limit = 20
}

// Error:
// assign_to_const.go:7:2: cannot assign to limit (neither addressable nor a map index expression)
