package main

type P struct{ X int }

func main() {
	m := map[string]P{}
	m["a"].X = 1
}

// Error:
// struct_field_map_assign.go:7:2: cannot assign to struct field m["a"].X in map
