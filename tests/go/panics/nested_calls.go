package main

func inner(s []int) int { return s[10] }
func middle() int      { return inner([]int{1}) }

func main() {
	middle()
}

// Output:
// panic: runtime error: index out of range [10] with length 1
//
// goroutine 1 [running]:
// main.inner(...)
// 	nested_calls.go:3
// main.middle(...)
// 	nested_calls.go:4
// main.main()
// 	nested_calls.go:7
// exit status 2
