// strconv: parse errors are *NumError with Go's message text, FormatFloat
// formats and precisions, bases, quoting and unquoting.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	n, err := strconv.ParseInt("-0x1F", 0, 64)
	fmt.Println(n, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, _ = strconv.ParseFloat("0x1p-2", 64)
	fmt.Println(f)
	var ne *strconv.NumError
	_, err = strconv.Atoi("")
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num == "", ne.Err == strconv.ErrSyntax)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(3.14159, 'e', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(1234.5678, 'G', 3, 64))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(8, 2), strconv.Itoa(-7))
	fmt.Println(strconv.Quote("tab\t\"é\""), strconv.QuoteToASCII("é"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), strconv.FormatBool(true))
}

// Output:
// strconv.Atoi: parsing "12a": invalid syntax
// strconv.ParseInt: parsing "300": value out of range true
// -31 <nil>
// 0 strconv.ParseUint: parsing "-1": invalid syntax
// true <nil>
// strconv.ParseBool: parsing "yes": invalid syntax
// +Inf strconv.ParseFloat: parsing "1e400": value out of range
// 0.25
// true Atoi true true
// 3.14 3.14159e+00 1e+21
// 0.1 2 1.23E+03
// -ff z 1000 -7
// "tab\t\"é\"" "\u00e9" '☺'
// "a\tb" <nil>
// invalid syntax
// n=42 true
