package main

// A type parameter whose set holds strings and byte slices can be indexed
// and sliced (the result of x[i:] has type T).

import "fmt"

func Sl[T ~string | ~[]byte](x T) (T, byte, int) { return x[1:], x[0], len(x) }

func main() {
	fmt.Println(Sl("abc"))
	fmt.Println(Sl([]byte("abc")))
}

// Output:
// bc 97 3
// [98 99] 97 3
