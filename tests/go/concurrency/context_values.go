// context.WithValue: lookups walk up the chain, an inner key shadows an
// outer one, keys of distinct types never collide (even with equal values),
// and String shows the chain as Go 1.21+ does.
package main

import (
	"context"
	"fmt"
)

type ctxKey string

type userID int

func main() {
	bg := context.Background()
	ctx := context.WithValue(bg, ctxKey("user"), "gopher")
	ctx = context.WithValue(ctx, userID(0), 42)
	inner := context.WithValue(ctx, ctxKey("user"), "shadow")

	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value(userID(0)))
	fmt.Println(inner.Value(ctxKey("user")), inner.Value(userID(0)))
	fmt.Println(ctx.Value("user"))         // plain string key: a different type
	fmt.Println(ctx.Value(ctxKey("none"))) // missing
	fmt.Println(bg.Value(ctxKey("user")))
	fmt.Println(ctx.Err(), ctx.Done() == nil)
	_, has := ctx.Deadline()
	fmt.Println(has)
	fmt.Println(context.WithValue(bg, "k", "v"))
	fmt.Println(context.TODO(), bg)
	fmt.Println(ctx)
}

// Output:
// gopher 42
// shadow 42
// <nil>
// <nil>
// <nil>
// <nil> true
// false
// context.Background.WithValue(k, v)
// context.TODO context.Background
// context.Background.WithValue(main.ctxKey, gopher).WithValue(main.userID, int)
