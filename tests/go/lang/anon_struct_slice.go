package main

import "fmt"

func main() {
	people := []struct {
		Name string
		Age  int
	}{
		{"Alice", 30},
		{"Bob", 25},
	}
	for _, p := range people {
		fmt.Printf("%s is %d\n", p.Name, p.Age)
	}
	pts := []*struct{ X int }{{1}, {2}}
	fmt.Println(pts[1].X, len(pts))
	mp := map[string]struct{ A, B int }{"k": {1, 2}}
	fmt.Println(mp)
}

// Output:
// Alice is 30
// Bob is 25
// 2 2
// map[k:{1 2}]
