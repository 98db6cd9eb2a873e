// Times carry a location: a parsed numeric offset becomes FixedZone("", offset)
// (Local, which is UTC here as on the playground, for +00:00), FixedZone
// names print as zones, and UTC/Local/In drop the monotonic reading.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, v := range []string{"1996-12-19T16:39:57-08:00", "2006-01-02T15:04:05+00:00", "2006-01-02T15:04:05+05:30", "2006-01-02T15:04:05Z"} {
		t, err := time.Parse(time.RFC3339, v)
		fmt.Println(t, err)
		fmt.Println(t.Format(time.RFC3339), t.UTC(), t.Unix())
		name, off := t.Zone()
		fmt.Printf("%q %d %q\n", name, off, t.Location().String())
	}
	loc := time.FixedZone("EST", -5*3600)
	t := time.Date(2020, 1, 1, 12, 0, 0, 0, loc)
	fmt.Println(t, t.UTC(), t.In(time.UTC).Hour())
	fmt.Println(time.Now().In(loc))
	fmt.Println(time.Now().Local())
	fmt.Println(time.Unix(0, 0).UTC().Format(time.RFC1123Z))
}

// Output:
// 1996-12-19 16:39:57 -0800 -0800 <nil>
// 1996-12-19T16:39:57-08:00 1996-12-20 00:39:57 +0000 UTC 851042397
// "" -28800 ""
// 2006-01-02 15:04:05 +0000 UTC <nil>
// 2006-01-02T15:04:05Z 2006-01-02 15:04:05 +0000 UTC 1136214245
// "UTC" 0 "Local"
// 2006-01-02 15:04:05 +0530 +0530 <nil>
// 2006-01-02T15:04:05+05:30 2006-01-02 09:34:05 +0000 UTC 1136194445
// "" 19800 ""
// 2006-01-02 15:04:05 +0000 UTC <nil>
// 2006-01-02T15:04:05Z 2006-01-02 15:04:05 +0000 UTC 1136214245
// "UTC" 0 "UTC"
// 2020-01-01 12:00:00 -0500 EST 2020-01-01 17:00:00 +0000 UTC 17
// 2009-11-10 18:00:00 -0500 EST
// 2009-11-10 23:00:00 +0000 UTC
// Thu, 01 Jan 1970 00:00:00 +0000
