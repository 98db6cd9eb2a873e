package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Quote("hi\n\"there\""), strconv.FormatInt(255, 16), strconv.FormatInt(-8, 2))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	i, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatBool(false))
	s, err := strconv.Unquote("\"a\\tb\"")
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), strconv.QuoteRune('☺'))
}

// Output:
// -45 "hi\n\"there\"" ff -1000
// 123 <nil>
// strconv.Atoi: parsing "12a": invalid syntax
// strconv.Atoi: parsing "99999999999999999999": value out of range
// -255 <nil>
// 255 strconv.ParseUint: parsing "300": value out of range
// 3.25 <nil>
// true <nil>
// 3.14 1e+21 false
// "a\tb" <nil>
// n=42 '☺'
