package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100))
	i := 300
	fmt.Println(uint8(i), int8(i), uint16(-1*i))
	var r rune = 'A'
	fmt.Println(r, string(r), byte(r+1))
	fmt.Println(float32(0.1), float64(float32(0.1)))
	big := uint64(1<<63 + 5)
	fmt.Println(int64(big), big)
}

// Output:
// 3 -3 399
// 44 44 65236
// 65 A 66
// 0.1 0.10000000149011612
// -9223372036854775803 9223372036854775813
