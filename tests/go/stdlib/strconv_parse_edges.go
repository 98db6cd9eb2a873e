// strconv parsing edge cases: base prefixes and underscores with base 0,
// range limits, special float spellings, bit sizes, bad bases, unquoting.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0x_1F", "1_000", "0b101", "0o17", "017", "+5", "-0", " 5", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "", "0x", "1__0", "_1"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
	for _, s := range []string{"inf", "-Inf", "NaN", "1e", ".5", "5.", "0x1p4", "1_000.5", "1e-400", "+.5e2", "0x1.8", "infinity", "1.7976931348623159e308"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"+5", "5", "-5", "05", "5.0", "2147483648"} {
		n, err := strconv.Atoi(s)
		m, err2 := strconv.ParseInt(s, 10, 32)
		u, err3 := strconv.ParseUint(s, 10, 8)
		fmt.Println(s, n, err, m, err2, u, err3)
	}
	fmt.Println(strconv.ParseInt("zz", 36, 64))
	fmt.Println(strconv.ParseInt("12", 1, 64))
	fmt.Println(strconv.ParseBool("FALSE"))
	fmt.Println(strconv.Unquote("`raw\\n`"))
	fmt.Println(strconv.Unquote(`'\u00e9'`))
	fmt.Println(strconv.Unquote(`"\x41\101\u0042"`))
	fmt.Println(strconv.FormatFloat(123.456, 'E', -1, 32), strconv.FormatFloat(-0.0, 'g', -1, 64), strconv.FormatFloat(1e6, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(0.000001, 'g', -1, 64), strconv.FormatFloat(100, 'e', 0, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))
}

// Output:
// 0x_1F 31 <nil>
// 1_000 1000 <nil>
// 0b101 5 <nil>
// 0o17 15 <nil>
// 017 15 <nil>
// +5 5 <nil>
// -0 0 <nil>
//  5 0 strconv.ParseInt: parsing " 5": invalid syntax
// 9223372036854775807 9223372036854775807 <nil>
// 9223372036854775808 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range
// -9223372036854775809 -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range
//  0 strconv.ParseInt: parsing "": invalid syntax
// 0x 0 strconv.ParseInt: parsing "0x": invalid syntax
// 1__0 0 strconv.ParseInt: parsing "1__0": invalid syntax
// _1 0 strconv.ParseInt: parsing "_1": invalid syntax
// inf +Inf <nil>
// -Inf -Inf <nil>
// NaN NaN <nil>
// 1e 0 strconv.ParseFloat: parsing "1e": invalid syntax
// .5 0.5 <nil>
// 5. 5 <nil>
// 0x1p4 16 <nil>
// 1_000.5 1000.5 <nil>
// 1e-400 0 <nil>
// +.5e2 50 <nil>
// 0x1.8 0 strconv.ParseFloat: parsing "0x1.8": invalid syntax
// infinity +Inf <nil>
// 1.7976931348623159e308 +Inf strconv.ParseFloat: parsing "1.7976931348623159e308": value out of range
// +5 5 <nil> 5 <nil> 0 strconv.ParseUint: parsing "+5": invalid syntax
// 5 5 <nil> 5 <nil> 5 <nil>
// -5 -5 <nil> -5 <nil> 0 strconv.ParseUint: parsing "-5": invalid syntax
// 05 5 <nil> 5 <nil> 5 <nil>
// 5.0 0 strconv.Atoi: parsing "5.0": invalid syntax 0 strconv.ParseInt: parsing "5.0": invalid syntax 0 strconv.ParseUint: parsing "5.0": invalid syntax
// 2147483648 2147483648 <nil> 2147483647 strconv.ParseInt: parsing "2147483648": value out of range 255 strconv.ParseUint: parsing "2147483648": value out of range
// 1295 <nil>
// 0 strconv.ParseInt: parsing "12": invalid base 1
// false <nil>
// raw\n <nil>
// é <nil>
// AAB <nil>
// 1.23456E+02 0 1000000
// 1e-06 1e+02 2 4
