package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World  "
	fmt.Println(strings.TrimSpace(s), strings.ToUpper(s), strings.ToLower("ABC"))
	fmt.Println(strings.Contains(s, "World"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  a b   c "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhi", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Title("x") == "X", strings.Compare("a", "b"), strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyzc"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
}

// Output:
// Hello, World   HELLO, WORLD   abc
// true true true
// 4 3 2
// ["a" "b" "c"]
// ["a" "b" "c"]
// x-y-z ababab
// oinky oinky oink moo moo
// hi hi body a
// 3 5 true
// key value true
// true -1 true true
// ["a" "b,c,d"]
// IBM
