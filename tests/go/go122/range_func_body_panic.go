package main

func Upto3(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	for i := range Upto3 {
		check := func(n int) {
			if n == 1 {
				panic("boom")
			}
		}
		check(i)
	}
}

// Output:
// panic: boom
//
// goroutine 1 [running]:
// main.main.func1(...)
// 	range_func_body_panic.go:15
// main.main-range1(...)
// 	range_func_body_panic.go:18
// main.Upto3(...)
// 	range_func_body_panic.go:5
// main.main()
// 	range_func_body_panic.go:12
// exit status 2
