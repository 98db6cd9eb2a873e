// An untyped constant too big for its default type fails where it is given
// that type (here int, by :=).
package main

func main() {
	big := 1 << 64
	println(big)
}

// Error:
// untyped_overflow_default.go:6:9: cannot use 1 << 64 (untyped int constant 18446744073709551616) as int value in assignment (overflows)
