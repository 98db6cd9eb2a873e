package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 5 {
		i++
		goto loop
	}
	fmt.Println(i)
sw:
	switch {
	case true:
		for {
			break sw
		}
	}
	fmt.Println("done")
}

// Output:
// 0 0 0 1 1 0 1 1 
// 5
// done
