// bytes mirrors strings on []byte, and bytes.Buffer reads what was written.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := []byte("Hello, World")
	fmt.Println(bytes.Contains(b, []byte("World")), bytes.Index(b, []byte("o")), bytes.LastIndex(b, []byte("o")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%s|%s|%s\n", bytes.ToUpper(b), bytes.TrimSpace([]byte("  x  ")), bytes.Repeat([]byte("-"), 3))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q %s\n", bytes.Fields([]byte(" a  b ")), bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+")))
	fmt.Println(bytes.HasPrefix(b, []byte("Hell")), bytes.Count(b, []byte("l")), string(bytes.ReplaceAll(b, []byte("l"), []byte("L"))))
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.WriteByte('w')
	buf.WriteRune('ö')
	buf.Write([]byte("rld\nline2\n"))
	fmt.Fprintf(&buf, "n=%d", 42)
	fmt.Println(buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	c, _ := buf.ReadByte()
	fmt.Println(string(c), buf.String())
	rest := buf.Next(5)
	fmt.Printf("%s|%s\n", rest, buf.String())
	_, err = buf.ReadString('\n')
	fmt.Println(err, buf.Len())
	nb := bytes.NewBufferString("abc")
	r, size, _ := nb.ReadRune()
	fmt.Println(string(r), size, nb.String())
}

// Output:
// true 4 8
// true true -1
// HELLO, WORLD|x|---
// ["a" "b" "c"]
// ["a" "b"] x+y
// true 3 HeLLo, WorLd
// 23
// "hello wörld\n" <nil>
// l ine2
// n=42
// ine2
// |n=42
// EOF 0
// a 1 bc
