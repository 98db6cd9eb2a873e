// time.Parse by reference layouts (the package's time half: the virtual
// clock's Times print and parse like Go's), Go's ParseError texts, and the
// text/gob encodings of a Time.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, c := range [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "1985-04-12T23:20:50.52Z"},
		{time.RFC3339Nano, "2009-11-10T23:00:00.123456789Z"},
		{"2006-01-02", "2024-02-29"},
		{"2006-01-02", "2023-02-29"},
		{"Jan _2 15:04:05", "Feb  3 04:05:06"},
		{time.Kitchen, "3:04PM"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{"2006-01-02", "2024-13-01"},
		{"2006-01-02", "2024-1-01"},
		{"2006-01-02", "2024-01-01 extra"},
		{time.DateTime, "2024-05-06 07:08:09.5"},
		{"02 Jan 06 15:04", "07 Mar 99 10:00"},
	} {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(t)
	}
	t := &time.Time{}
	fmt.Println(t.UnmarshalText([]byte("1985-04-12T23:20:50.52Z")), t)
	b, err := t.GobEncode()
	fmt.Println(b, err)
	m, _ := t.MarshalText()
	fmt.Println(string(m))
}

// Output:
// 2006-01-02 15:04:05 +0000 UTC
// 1985-04-12 23:20:50.52 +0000 UTC
// 2009-11-10 23:00:00.123456789 +0000 UTC
// 2024-02-29 00:00:00 +0000 UTC
// error: parsing time "2023-02-29": day out of range
// 0000-02-03 04:05:06 +0000 UTC
// 0000-01-01 15:04:00 +0000 UTC
// 2006-01-02 15:04:05 +0000 MST
// error: parsing time "2024-13-01": month out of range
// error: parsing time "2024-1-01" as "2006-01-02": cannot parse "1-01" as "01"
// error: parsing time "2024-01-01 extra": extra text: " extra"
// 2024-05-06 07:08:09.5 +0000 UTC
// 1999-03-07 10:00:00 +0000 UTC
// <nil> 1985-04-12 23:20:50.52 +0000 UTC
// [1 0 0 0 14 148 79 177 82 30 254 146 0 255 255] <nil>
// 1985-04-12T23:20:50.52Z
