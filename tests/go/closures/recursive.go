package main

import "fmt"

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	funcs := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(funcs["add"](3, 4), funcs["mul"](3, 4))
	apply := func(f func(int) int, v int) int { return f(f(v)) }
	fmt.Println(apply(func(x int) int { return x * 3 }, 2))
}

// Output:
// 3628800
// 7 12
// 18
