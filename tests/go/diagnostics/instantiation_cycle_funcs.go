package main

// Generic functions calling each other with ever deeper type arguments: an
// instantiation cycle, not endless monomorphisation.

func f[P any](x P) { g(x) }
func g[Q any](y Q) { f([]Q{y}) }

func main() { f(1) }

// Error:
// instantiation_cycle_funcs.go:6:1: instantiation cycle
