// subslice_pin: keeping a small sub-slice of a big array keeps the whole
// backing array alive. header holds 4 bytes but pins all 1 MiB of buf.
package main

import "fmt"

var header []byte

func load() []byte {
	buf := make([]byte, 1<<20)
	for i := range buf {
		buf[i] = byte(i)
	}
	return buf
}

func main() {
	buf := load()
	header = buf[:4] // pins the 1 MiB backing array
	// The fix: header = append([]byte(nil), buf[:4]...)
	fmt.Println("header:", header, "len:", len(header), "cap:", cap(header))
}
