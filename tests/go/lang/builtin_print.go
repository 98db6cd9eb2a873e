package main

func main() {
	println("hello", 1, true)
	print("a", "b", 2, "\n")
	var p *int
	println(p == nil, 'x', -7, uint8(200))
}

// Output:
// hello 1 true
// ab2
// true 120 -7 200
