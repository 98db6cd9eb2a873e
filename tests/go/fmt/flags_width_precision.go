// Printf flags (+ - # 0 space), width and precision on integers, floats,
// strings and byte slices, including * arguments.
package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+5d][% d][% d]\n", 42, 42, -42, 42, 42, -42)
	fmt.Printf("[%x][%#x][%#X][%#o][%O][%#b][%08b]\n", 255, 255, 255, 8, 8, 5, 5)
	fmt.Printf("[%.3d][%6.3d][%-6.2x][%+.1d]\n", 7, 7, 10, 3)
	fmt.Printf("[%8.3f][%-8.2f][%+.0f][%08.3f][% .2f][%.f]\n", 3.14159, 2.5, 2.5, -1.5, 1.0, 0.5)
	fmt.Printf("[%e][%.2E][%10.1e][%g][%.3g][%g][%g]\n", 123456.789, 0.000123, 5.0, 100000.0, 3.14159, 1e21, 1e-5)
	fmt.Printf("[%#g][%#.3g][%#v][%v][%.1v]\n", 1.0, 2.0, 1.0, 1e6, 3.14159)
	fmt.Printf("[%.2s][%5.1s][%-4s][%4s]\n", "hello", "xyz", "ab", "héllo")
	fmt.Printf("[%x][% x][%X][% X][%#x][%.1x]\n", "hi!", "hi!", []byte{1, 171}, []byte{1, 171}, "ok", "abc")
	fmt.Printf("[%*d][%-*d][%.*f][%*s]\n", 4, 1, 4, 2, 2, 3.14159, -3, "a")
	fmt.Printf("[%6.2f%%][%3c][%-3c|]\n", 99.5, 'x', 'y')
	fmt.Printf("[%t][%5t][%v]\n", false, true, !false)
	fmt.Printf("[%d][%x][%o][%v]\n", []int{1, 2}, []int{10, 11}, [2]int{8, 9}, [2]bool{})
	fmt.Printf("[%05s][%.0d][%+q][%#q][%q]\n", "ab", 0, "é", "raw", `a"b`)
}

// Output:
// [   42][42   ][-0042][  +42][ 42][-42]
// [ff][0xff][0XFF][010][0o10][0b101][00000101]
// [007][   007][0a    ][+3]
// [   3.142][2.50    ][+2][-001.500][ 1.00][0]
// [1.234568e+05][1.23E-04][   5.0e+00][100000][3.14][1e+21][1e-05]
// [1.00000][2.00][1][1e+06][3]
// [he][    x][ab  ][héllo]
// [686921][68 69 21][01AB][01 AB][0x6f6b][61]
// [   1][2   ][3.14][a  ]
// [ 99.50%][  x][y  |]
// [false][ true][true]
// [[1 2]][[a b]][[10 11]][[false false]]
// [000ab][]["\u00e9"][`raw`]["a\"b"]
