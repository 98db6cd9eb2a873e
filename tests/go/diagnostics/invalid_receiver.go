// A receiver must be T or *T for a named type T.
package main

type T int

func (t **T) M() {}

func main() {}

// Error:
// invalid_receiver.go:6:7: invalid receiver type **T
