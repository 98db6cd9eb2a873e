// A constant case value repeated in an expression switch.
package main

func main() {
	x := 2
	switch x {
	case 1:
	case 2, 1:
	}
}

// Error:
// duplicate_case.go:8:10: duplicate case 1 (constant of type int) in expression switch
