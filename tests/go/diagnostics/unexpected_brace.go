package main

func main() {
	x := 
}

// Error:
// unexpected_brace.go:5:1: syntax error: unexpected }, expected expression
