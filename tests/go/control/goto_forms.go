// goto jumps backwards to build a loop and forwards to skip code, within one
// function and never into a block or over a declaration.
package main

import "fmt"

func collatz(n int) int {
	steps := 0
again:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto again
	}
	n = 3*n + 1
	goto again
}

func find(xs []int, want int) string {
	i := 0
	var msg string
	for ; i < len(xs); i++ {
		if xs[i] == want {
			goto found
		}
	}
	return "missing"
found:
	msg = fmt.Sprint("at ", i)
	return msg
}

func main() {
	fmt.Println(collatz(6), collatz(27))
	fmt.Println(find([]int{4, 5, 6}, 6), find(nil, 1))
	i := 0
L:
	if i < 3 {
		fmt.Print(i)
		i++
		goto L
	}
	fmt.Println()
	goto end
end:
	fmt.Println("end")
}

// Output:
// 8 111
// at 2 missing
// 012
// end
