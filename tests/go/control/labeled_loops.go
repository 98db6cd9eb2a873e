// Labeled break and continue on nested for loops, break out of a loop from
// inside a switch, and a label on a switch used by break.
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
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 6:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
sw:
	switch x := 5; {
	case x > 1:
		for {
			break sw
		}
		fmt.Println("unreached")
	}
	found := -1
search:
	for r, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			if v == 4 {
				found = r
				break search
			}
		}
	}
	fmt.Println("found in row", found)
	m := map[string]int{"a": 1}
	for k := range m {
	inner:
		for {
			break inner
		}
		fmt.Println("key", k)
	}
}

// Output:
// 0 0 0 1 1 0 1 1 
// 1 3 5 
// found in row 1
// key a
