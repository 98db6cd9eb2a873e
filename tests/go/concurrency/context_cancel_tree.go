// Cancelling a parent cancels every descendant (Done closed, Err set);
// cancelling a child leaves its parent and siblings alone; cancel is
// idempotent and the first error sticks.
package main

import (
	"context"
	"errors"
	"fmt"
)

func state(name string, ctx context.Context) {
	select {
	case <-ctx.Done():
		fmt.Println(name, "done:", ctx.Err())
	default:
		fmt.Println(name, "alive")
	}
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	aa, cancelAA := context.WithCancel(a)
	defer cancelB()
	defer cancelAA()

	cancelA()
	cancelA()
	state("root", root)
	state("a", a)
	state("aa", aa)
	state("b", b)

	cancelRoot()
	state("root", root)
	state("b", b)
	fmt.Println(errors.Is(b.Err(), context.Canceled), b.Err() == context.Canceled)
	fmt.Println(context.Cause(b))
}

// Output:
// root alive
// a done: context canceled
// aa done: context canceled
// b alive
// root done: context canceled
// b done: context canceled
// true true
// context canceled
