package main

import "fmt"

func main() {
	fmt.Println("a"
}

// Error:
// missing_paren.go:6:17: syntax error: unexpected newline in argument list; possibly missing comma or )
