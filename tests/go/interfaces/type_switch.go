package main

import "fmt"

type S struct{ A int }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string " + v
	case []int:
		return fmt.Sprint("slice ", len(v))
	case S:
		return fmt.Sprint("S ", v.A)
	case *S:
		return fmt.Sprint("*S ", v.A)
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	fmt.Println(describe(nil))
	fmt.Println(describe(1))
	fmt.Println(describe(int64(2)))
	fmt.Println(describe("x"))
	fmt.Println(describe([]int{1, 2}))
	fmt.Println(describe(S{3}))
	fmt.Println(describe(&S{4}))
	fmt.Println(describe(fmt.Errorf("bad %d", 5)))
	fmt.Println(describe(3.5))
	fmt.Println(describe(map[string]int{}))
}

// Output:
// nil
// integer 1
// integer 2
// string x
// slice 2
// S 3
// *S 4
// error bad 5
// other float64
// other map[string]int
