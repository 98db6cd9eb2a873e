package main

// Conditions comparing with small constants compile to fused
// compare-and-branch instructions; every form and boundary must branch as Go does.

import "fmt"

func classify(x int) string {
	s := ""
	if x < 2 {
		s += "<2 "
	}
	if x <= -3 {
		s += "<=-3 "
	}
	if x > 32767 {
		s += ">32767 "
	}
	if x >= -32768 {
		s += ">=-32768 "
	}
	if x == 0 {
		s += "==0 "
	}
	if x != 7 {
		s += "!=7 "
	}
	if 5 < x {
		s += "5< "
	}
	if 5 >= x {
		s += "5>= "
	}
	if x < 40000 { // does not fit 16 bits
		s += "<40000 "
	}
	return s
}

func main() {
	for _, x := range []int{-40000, -32768, -3, 0, 1, 2, 5, 6, 7, 32767, 32768, 40000} {
		fmt.Printf("%d: %s\n", x, classify(x))
	}
	var u uint8 = 200
	if u > 100 {
		fmt.Println("uint8 > 100")
	}
	var i8 int8 = -100
	if i8 < -99 {
		fmt.Println("int8 < -99")
	}
	n := 0
	for i := 10; i > 0; i -= 3 {
		n += i
	}
	for j := -5; j != 5; j++ {
		n++
	}
	fmt.Println(n)
}

// Output:
// -40000: <2 <=-3 !=7 5>= <40000 
// -32768: <2 <=-3 >=-32768 !=7 5>= <40000 
// -3: <2 <=-3 >=-32768 !=7 5>= <40000 
// 0: <2 >=-32768 ==0 !=7 5>= <40000 
// 1: <2 >=-32768 !=7 5>= <40000 
// 2: >=-32768 !=7 5>= <40000 
// 5: >=-32768 !=7 5>= <40000 
// 6: >=-32768 !=7 5< <40000 
// 7: >=-32768 5< <40000 
// 32767: >=-32768 !=7 5< <40000 
// 32768: >32767 >=-32768 !=7 5< <40000 
// 40000: >32767 >=-32768 !=7 5< 
// uint8 > 100
// int8 < -99
// 32
