// Fixed-size matrices as arrays (value semantics) and dynamic ones as
// slices of slices; multiplication, transpose and identity checks.
package main

import "fmt"

type Mat2 [2][2]float64

func (a Mat2) Mul(b Mat2) (c Mat2) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return
}

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	t := make([][]int, len(m[0]))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func main() {
	a := Mat2{{1, 2}, {3, 4}}
	id := Mat2{{1, 0}, {0, 1}}
	fmt.Println(a.Mul(id) == a, a.Mul(a))
	p := a
	for i := 0; i < 3; i++ {
		p = p.Mul(a)
	}
	fmt.Println(p, a)
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	t := transpose(m)
	fmt.Println(t, len(t), len(t[0]))
	t[0][0] = 100
	fmt.Println(m[0][0])
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune("...")
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
}

// Output:
// true [[7 10] [15 22]]
// [[199 290] [435 634]] [[1 2] [3 4]]
// [[1 4] [2 5] [3 6]] 3 2
// 1
// ...
// .#.
// ...
