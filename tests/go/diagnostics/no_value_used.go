// A call without results used as a value.
package main

func nothing() {}

func main() {
	v := nothing()
	_ = v
}

// Error:
// no_value_used.go:7:7: nothing() (no value) used as value
