// A classroom exercise: word frequencies with maps, sorting by count then
// word, strings.Fields and a formatted table.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! A quick, quick fox.`

type entry struct {
	word  string
	count int
}

func main() {
	clean := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsSpace(r) {
			return unicode.ToLower(r)
		}
		return ' '
	}, text)
	counts := map[string]int{}
	for _, w := range strings.Fields(clean) {
		counts[w]++
	}
	var entries []entry
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	for _, e := range entries[:5] {
		fmt.Printf("%-6s|%3d|%s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	fmt.Printf("%d distinct, %d total\n", len(counts), len(strings.Fields(clean)))
}

// Output:
// the   |  4|****
// fox   |  3|***
// quick |  3|***
// dog   |  2|**
// a     |  1|*
// 11 distinct, 19 total
