package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		sb.WriteByte('a')
	}
	fmt.Println(sb.Len(), sb.String()[:5])
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
}

// Output:
// 0...1...2...ignition!é 23
// 1000 aaaaa
// 0 true
