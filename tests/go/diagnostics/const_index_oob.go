package main

func main() {
	a := [3]int{}
	a[5] = 1
}

// Error:
// const_index_oob.go:5:4: invalid argument: index 5 out of bounds [0:3]
