// A keyed struct literal naming a field the type does not have.
package main

type P struct{ X, Y int }

func main() {
	p := P{X: 1, Z: 2}
	_ = p
}

// Error:
// unknown_field.go:7:15: unknown field Z in struct literal of type P
