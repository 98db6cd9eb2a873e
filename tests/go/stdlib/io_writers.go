// io.Writer plumbing: fmt.Fprint* into bytes.Buffer, strings.Builder and
// user-defined writers, io.WriteString through StringWriter, strings.Reader
// reading bytes, runes and chunks up to io.EOF.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%d-%s", 1, "a")
	buf.WriteString("|")
	io.WriteString(&buf, "io")
	fmt.Println(buf.String(), buf.Len())
	uw := upperWriter{os.Stdout}
	fmt.Fprintln(uw, "shout", 42)
	cw := &countWriter{}
	n, err := fmt.Fprintf(cw, "%5d|%s", 7, "xyz")
	fmt.Println(n, err, cw.n)
	r := strings.NewReader("héllo")
	b, _ := r.ReadByte()
	ru, size, _ := r.ReadRune()
	fmt.Println(string(b), string(ru), size, r.Len())
	p := make([]byte, 2)
	k, err := r.Read(p)
	fmt.Println(k, err, string(p[:k]))
	k, err = r.Read(p)
	fmt.Println(k, err, errors.Is(err, io.EOF))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	var w io.Writer = &buf
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString("+sw")
	}
	fmt.Println(buf.String())
	io.WriteString(io.Discard, "nothing")
	fmt.Fprint(os.Stderr, "err line\n")
}

// Output:
// 1-a|io 6
// SHOUT 42
// 9 <nil> 9
// h é 2 3
// 2 <nil> ll
// 1 <nil> false
// [0][1][2]!é 12
// 1-a|io+sw
// err line
