package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	fmt.Println(buf.String(), buf.Len())
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String())
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Equal([]byte("a"), []byte("a")))
	buf.Reset()
	fmt.Println(buf.Len())
}

// Output:
// hello world 11
// hello world 42
// true true
// 0
