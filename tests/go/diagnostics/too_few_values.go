// A positional struct literal must list every field.
package main

type P struct{ X, Y, Z int }

func main() {
	p := P{1, 2}
	_ = p
}

// Error:
// too_few_values.go:7:13: too few values in struct literal of type P
