package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for _, n := range []int{95, 85, 50} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
		fallthrough
	case 6:
		fmt.Println("fell")
	case 7:
		fmt.Println("no")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("yes")
	}
}

// Output:
// A B C 
// medium
// fell
// yes
