// An operator must be defined for every type in the type parameter's set;
// `any` allows none.
package main

func Double[T any](x T) T { return x + x }

func main() {
	println(Double(2))
}

// Error:
// type_param_operator.go:5:36: invalid operation: operator + not defined on x (variable of type T constrained by any)
