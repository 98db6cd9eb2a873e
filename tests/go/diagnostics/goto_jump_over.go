package main

func main() {
	goto L
	x := 1
	_ = x
L:
}

// Error:
// goto_jump_over.go:4:7: goto L jumps over variable declaration at line 5
