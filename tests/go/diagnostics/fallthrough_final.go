// fallthrough may not appear in the last clause of a switch.
package main

func main() {
	switch x := 1; x {
	case 1:
		fallthrough
	}
}

// Error:
// fallthrough_final.go:7:3: cannot fallthrough final case in switch
