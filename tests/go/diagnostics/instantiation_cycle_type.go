package main

// A generic type whose body instantiates it with a deeper argument: an
// instantiation cycle (it crashed the host with a stack overflow).

type T[P any] struct{ x *T[[]P] }

func main() {}

// Error:
// instantiation_cycle_type.go:6:6: instantiation cycle
