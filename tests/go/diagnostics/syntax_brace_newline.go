// The opening brace of a function body must be on the same line.
package main

func main()
{
}

// Error:
// syntax_brace_newline.go:5:1: syntax error: unexpected semicolon or newline before {
