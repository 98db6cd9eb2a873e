package main

import "fmt"

func classify(vals ...interface{}) {
	for _, v := range vals {
		switch x := v.(type) {
		case int:
			fmt.Println("int", x+1)
		case float64:
			fmt.Println("float", x*2)
		case bool, string:
			fmt.Printf("bool or string %v\n", x)
		case func() int:
			fmt.Println("func", x())
		case nil:
			fmt.Println("nil!")
		}
	}
}

func main() {
	classify(1, 2.5, true, "s", func() int { return 7 }, nil, []int{})
	switch {
	}
	x := 3
	switch x {
	default:
		fmt.Println("default first")
	case 3:
		fmt.Println("three")
	}
}

// Output:
// int 2
// float 5
// bool or string true
// bool or string s
// func 7
// nil!
// three
