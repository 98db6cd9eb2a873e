// strings edge cases: empty separators and inputs, negative and zero counts,
// unicode case mapping, Fields with mixed whitespace, Cut and EqualFold.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q %q %q\n", strings.Split("", ","), strings.Split("a,b,", ","), strings.Split("abc", ""))
	fmt.Printf("%q %q %q\n", strings.SplitN("a,b,c", ",", 2), strings.SplitN("a,b", ",", 0), strings.SplitAfter("a,b", ","))
	fmt.Printf("%q\n", strings.Fields("  a \t b\n\u00a0c  "))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.Replace("abc", "", "-", -1), strings.ReplaceAll("xx", "x", "yy"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("x", ""), strings.LastIndex("go gopher", "go"), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀB"), strings.Title("hello go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.Count("cheese", "e"), strings.Count("five", ""))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found, strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.Trim("xxhixx", "x"), strings.TrimLeft("aab", "a"), strings.TrimPrefix("aab", "a"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("abc", 'b'), strings.HasSuffix("main.go", ".go"))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"a"}, ","), strings.Compare("a", "b"), strings.TrimSpace("\t x y \n"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
	fmt.Println(strings.IndexAny("golang", "nl"), strings.IndexByte("abc", 'c'), strings.IndexFunc("ab1", unicode.IsDigit))
}

// Output:
// [""] ["a" "b" ""] ["a" "b" "c"]
// ["a" "b,c"] [] ["a," "b"]
// ["a" "b" "c"]
// bbaa -a-b-c- yyyy
// 4 0 3 3
// HÉLLO WÖRLD àb Hello Go
// true true 3 5
// key value=x true
// false ababab true
// abc hi b ab
// BNN
// false true true
//  a -1 x y
// &lt;b&gt;hi&lt;/b&gt;
// 2 2 2
