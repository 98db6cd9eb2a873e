package main

import "fmt"

type T struct{ X int }

func main() {
	var p *T
	fmt.Println(p.X)
}

// Output:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]
//
// goroutine 1 [running]:
// main.main()
// 	nil_deref.go:9
// exit status 2
