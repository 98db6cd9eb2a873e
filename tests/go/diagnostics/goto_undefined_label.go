// goto to a label that does not exist.
package main

func main() {
	goto missing
}

// Error:
// goto_undefined_label.go:5:7: label missing not defined
