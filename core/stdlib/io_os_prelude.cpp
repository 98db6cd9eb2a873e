// Go preludes of packages io (interfaces, EOF, Discard) and os (Stdout,
// Stderr, Args, Exit). os.File writes go through the Host via natives.
#include <string>

namespace heapscope::stdlib {

extern const std::string kIoPrelude = R"GO(package io

import "errors"

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type ByteReader interface {
	ReadByte() (byte, error)
}

var EOF = errors.New("EOF")

var ErrUnexpectedEOF = errors.New("unexpected EOF")

var ErrShortWrite = errors.New("short write")

func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

type discard struct{}

func (discard) Write(p []byte) (int, error)        { return len(p), nil }
func (discard) WriteString(s string) (int, error) { return len(s), nil }

var Discard Writer = discard{}
)GO";

extern const std::string kOsPrelude = R"GO(package os

type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

var Args []string = runtimeArgs()

func runtimeArgs() []string

func Exit(code int)

func writeFd(fd int, b []byte)

func writeFdString(fd int, s string)

func (f *File) Write(b []byte) (n int, err error) {
	writeFd(f.fd, b)
	return len(b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	writeFdString(f.fd, s)
	return len(s), nil
}

func (f *File) Name() string { return f.name }

func (f *File) Close() error { return nil }

func (f *File) Fd() uintptr { return uintptr(f.fd) }

func Getenv(key string) string { return "" }

func LookupEnv(key string) (string, bool) { return "", false }
)GO";

}  // namespace heapscope::stdlib
