package main

// A bare return while an inner declaration hides a named result does not
// compile (gc: result parameter not in scope at return).

import "fmt"

func f() (err error) {
	{
		err := fmt.Errorf("x")
		_ = err
		return
	}
}

func main() { fmt.Println(f()) }

// Error:
// bare_return_shadowed_result.go:12:3: result parameter err not in scope at return
