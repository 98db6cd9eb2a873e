// Constant keys of a map literal must be distinct.
package main

func main() {
	m := map[string]int{"a": 1, "b": 2, "a": 3}
	_ = m
}

// Error:
// duplicate_map_key.go:5:38: duplicate key "a" in map literal
