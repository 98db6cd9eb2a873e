package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	var arr [2][3]string
	arr[1][2] = "x"
	fmt.Println(arr, len(arr), len(arr[0]))
	fmt.Printf("%q\n", arr)
}

// Output:
// [[0 0 0] [0 1 2] [0 2 4]]
// [[  ] [  x]] 2 3
// [["" "" ""] ["" "" "x"]]
