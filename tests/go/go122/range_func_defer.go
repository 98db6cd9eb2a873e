package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// a defer in the loop body runs when work returns, not per iteration
func work() (res int) {
	defer fmt.Println("work returns", res)
	defer func() { res *= 10 }()
	for i := range Count(3) {
		defer func() {
			fmt.Println("deferred", i)
			res += i
		}()
		fmt.Println("body", i)
	}
	fmt.Println("after loop")
	return 1
}

// and it can recover a panic of the body
func safe() (err error) {
	for i := range Count(2) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered %v at %d", r, i)
			}
		}()
		if i == 1 {
			panic("bad")
		}
	}
	return nil
}

func main() {
	fmt.Println(work())
	fmt.Println(safe())
}

// Output:
// body 0
// body 1
// body 2
// iterator done
// after loop
// deferred 2
// deferred 1
// deferred 0
// work returns 0
// 40
// iterator done
// recovered bad at 1
