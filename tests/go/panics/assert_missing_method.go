// A failed assertion to an interface names the missing method.
package main

import "fmt"

type Walker interface{ Walk() }

type Rock struct{}

func main() {
	var x interface{} = Rock{}
	if _, ok := x.(Walker); !ok {
		fmt.Println("not a walker")
	}
	w := x.(Walker)
	w.Walk()
}

// Output:
// not a walker
// panic: interface conversion: main.Rock is not main.Walker: missing method Walk
//
// goroutine 1 [running]:
// main.main()
// 	assert_missing_method.go:15
// exit status 2
