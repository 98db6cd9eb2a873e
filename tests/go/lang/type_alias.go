// A type alias is the same type as the aliased one: values mix freely, %T
// shows the original name, and methods declared through the alias belong to
// the original type.
package main

import "fmt"

type Celsius float64

type Temp = Celsius

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type IntList = []int

type Byte = byte

func sum(xs IntList) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	var t Temp = 21.5
	var c Celsius = t
	fmt.Println(t, c, c == t)
	fmt.Printf("%T %T\n", t, c)
	xs := []int{1, 2, 3}
	fmt.Println(sum(xs))
	var l IntList = xs
	fmt.Printf("%T %v\n", l, l)
	var b Byte = 'A'
	var bb byte = b
	fmt.Printf("%T %v %c\n", b, bb, b)
	type R = rune
	fmt.Printf("%T\n", R('x'))
	var any1 any = 5
	var any2 interface{} = any1
	fmt.Println(any2)
}

// Output:
// 21.5°C 21.5°C true
// main.Celsius main.Celsius
// 6
// []int [1 2 3]
// uint8 65 A
// int32
// 5
