package main

import "fmt"

func main() {
	i := 0
start:
	if i >= 3 {
		goto end
	}
	fmt.Println("i =", i)
	i++
	goto start
end:
	fmt.Println("end")
}

// Output:
// i = 0
// i = 1
// i = 2
// end
