package main

func main() {
	var m map[string]int
	m["a"] = 1
}

// Output:
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.main()
// 	nil_map.go:5
// exit status 2
