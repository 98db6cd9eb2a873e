// Recursive quicksort of pseudo-random ints (an LCG), then a sortedness check
// and a checksum: slice indexing, swaps and recursion.
// bench-args: 500000
// bench-expect: 500000 276895493
// bench-quick-args: 5000
// bench-quick-expect: 5000 750272273
package main

import (
	"fmt"
	"os"
	"strconv"
)

func quicksort(a []int) {
	for len(a) > 16 {
		p := a[len(a)/2]
		i, j := 0, len(a)-1
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j+1 < len(a)-i {
			quicksort(a[:j+1])
			a = a[i:]
		} else {
			quicksort(a[i:])
			a = a[:j+1]
		}
	}
	for i := 1; i < len(a); i++ {
		v := a[i]
		k := i - 1
		for k >= 0 && a[k] > v {
			a[k+1] = a[k]
			k--
		}
		a[k+1] = v
	}
}

func main() {
	n := 500000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	a := make([]int, n)
	x := uint32(12345)
	for i := range a {
		x = x*1664525 + 1013904223
		a[i] = int(x >> 8)
	}
	quicksort(a)
	sum := 0
	for i := range a {
		if i > 0 && a[i-1] > a[i] {
			fmt.Println("not sorted at", i)
			return
		}
		sum = (sum*31 + a[i]) % 1000000007
	}
	fmt.Println(n, sum)
}
