package main

import "fmt"

type Celsius float64
type Duration int64

const (
	Boiling Celsius = 100
	Nanosecond Duration = 1
	Microsecond = 1000 * Nanosecond
)

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	fmt.Println(Boiling, Boiling/3, Microsecond)
	fmt.Printf("%T %T\n", Boiling, Microsecond)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	const s = "const" + "ant"
	fmt.Println(s, len(s))
	var f32 float32 = 1.0 / 3.0
	fmt.Println(f32)
}

// Output:
// 100.0°C 33.3°C 1000
// main.Celsius main.Duration
// 1e+300
// constant 8
// 0.33333334
