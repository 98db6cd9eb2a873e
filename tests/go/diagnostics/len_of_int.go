// len applies only to strings, arrays, slices, maps, channels and pointers to arrays.
package main

func main() {
	n := 5
	println(len(n))
}

// Error:
// len_of_int.go:6:14: invalid argument: n (variable of type int) for built-in len
