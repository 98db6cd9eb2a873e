package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	select {
	case <-time.After(time.Second):
		fmt.Println("overslept")
	case <-ctx.Done():
		fmt.Println(ctx.Err())
	}
	vctx := context.WithValue(context.Background(), "key", "value")
	fmt.Println(vctx.Value("key"), vctx.Value("other"))
}

// Output:
// context deadline exceeded
// value <nil>
