package main

func main() {
	println("hello", 1, true)
	print("a", "b", 2, "\n")
	println(nil == nil, 'x')
}

// Error:
// nil_compare.go:6:17: invalid operation: nil == nil (operator == not defined on untyped nil)
