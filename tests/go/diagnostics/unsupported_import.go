package main

import "net/http"

func main() {
	_ = http.StatusOK
}

// Error:
// unsupported_import.go:3:8: not supported yet: import "net/http"
