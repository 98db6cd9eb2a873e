package main

import (
	"errors"
	"fmt"
)

func try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint(r))
		}
	}()
	f()
	return
}

func main() {
	errs := make(chan error)
	for i := 0; i < 3; i++ {
		go func(i int) {
			errs <- try(func() {
				if i == 1 {
					panic("worker 1 failed")
				}
			})
		}(i)
	}
	failed := 0
	for i := 0; i < 3; i++ {
		if e := <-errs; e != nil {
			fmt.Println(e)
			failed++
		}
	}
	fmt.Println(failed)
}


// Output:
// worker 1 failed
// 1
