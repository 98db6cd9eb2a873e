// Writing to a nil map inside a struct field panics like any nil map write;
// reads and deletes on it are fine.
package main

import "fmt"

type Registry struct{ items map[string]int }

func (r *Registry) Add(k string) { r.items[k]++ }

func main() {
	var r Registry
	fmt.Println(r.items["x"], len(r.items))
	delete(r.items, "x")
	r.Add("x")
}

// Output:
// 0 0
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.(*Registry).Add(...)
// 	nil_map_in_struct.go:9
// main.main()
// 	nil_map_in_struct.go:15
// exit status 2
