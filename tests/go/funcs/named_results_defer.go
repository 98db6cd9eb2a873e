// Named results are ordinary variables initialised to zero; a bare return
// returns them, and deferred functions may change them after return sets them.
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

func triple() (x int) {
	defer func() { x *= 3 }()
	return 5
}

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	res = a / b
	return res, nil
}

func shadow() (err error) {
	if err := errors.New("inner"); err != nil {
		return err
	}
	return nil
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(triple(), counter())
	fmt.Println(safeDiv(6, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(shadow())
}

// Output:
// 3 2
// 15 13
// 2 <nil>
// 0 recovered: runtime error: integer divide by zero
// inner
