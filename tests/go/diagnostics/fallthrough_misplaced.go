// fallthrough only ends a switch clause; inside an if it is out of place.
package main

func main() {
	switch {
	case true:
		if true {
			fallthrough
		}
	case false:
	}
}

// Error:
// fallthrough_misplaced.go:8:4: fallthrough statement out of place
