// Structs are comparable but not ordered.
package main

type P struct{ X int }

func main() {
	a, b := P{1}, P{2}
	println(a < b)
}

// Error:
// struct_order.go:8:10: invalid operation: a < b (operator < not defined on struct)
