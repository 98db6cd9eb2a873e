package main

import "fmt"

func main() {
	fmt.Println(1_000_000, 0x_FF, 0o17, 017, 0b1010, 0X1p-2, 1e3, .5, 1_0.2_5)
	fmt.Println('a', '\n', '\x41', '\u00e9', '\U0001F600', '\'', '\\', '\101')
	fmt.Println("tab\there", `raw\n` + "x", len("héllo"), "\xff"[0])
}

// Output:
// 1000000 255 15 15 10 0.25 1000 0.5 10.25
// 97 10 65 233 128512 39 92 65
// tab	here raw\nx 6 255
