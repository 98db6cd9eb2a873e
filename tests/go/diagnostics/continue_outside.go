package main

func main() {
	switch {
	case true:
		continue
	}
}

// Error:
// continue_outside.go:6:3: continue is not in a loop
