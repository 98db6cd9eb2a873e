package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func safeDiv(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func swap(a, b string) (string, string) { return b, a }

func named() (x int) {
	defer func() { x *= 2 }()
	x = 5
	return x + 1
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(9, 2))
	if _, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err)
	}
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(named())
}

// Output:
// 3 2
// 4 1
// error: division by zero
// y x
// 12
