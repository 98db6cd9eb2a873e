package main

x := 1

func main() {}

// Error:
// non_decl_outside.go:3:1: syntax error: non-declaration statement outside function body
