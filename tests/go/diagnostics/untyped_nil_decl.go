// := cannot infer a type from nil.
package main

func main() {
	x := nil
	_ = x
}

// Error:
// untyped_nil_decl.go:5:7: use of untyped nil in assignment
