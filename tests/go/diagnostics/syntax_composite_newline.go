// A composite literal element list needs a comma before a newline.
package main

func main() {
	xs := []int{
		1,
		2
	}
	_ = xs
}

// Error:
// syntax_composite_newline.go:7:4: syntax error: unexpected newline in composite literal; possibly missing comma or }
