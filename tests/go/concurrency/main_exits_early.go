package main

import "fmt"

func main() {
	go func() {
		for {
		}
	}()
	fmt.Println("main returns while a goroutine spins")
}

// Output:
// main returns while a goroutine spins
