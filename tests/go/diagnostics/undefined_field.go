package main

type T struct{ A int }

func main() {
	t := T{}
	t.B = 1
}

// Error:
// undefined_field.go:7:4: t.B undefined (type T has no field or method B)
