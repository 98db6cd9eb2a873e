package main

func main() {
	var x Foo
	_ = x
}

// Error:
// undefined_type.go:4:8: undefined: Foo
