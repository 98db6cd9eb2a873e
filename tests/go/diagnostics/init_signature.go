// init takes no arguments and returns nothing.
package main

func init() int { return 1 }

func main() {}

// Error:
// init_signature.go:4:6: func init must have no arguments and no return values
