package main

import "fmt"

func helper() interface{} { return recover() }

func main() {
	defer func() {
		fmt.Println("direct:", recover())
	}()
	defer func() {
		fmt.Println("indirect:", helper())
	}()
	panic("p")
}

// Output:
// indirect: <nil>
// direct: p
