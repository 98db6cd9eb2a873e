// growing_cache: a global map used as a cache that is only ever added to.
// Every iteration stores a new entry under a fresh key, so the map (and every
// value it holds) stays reachable from a global for the life of the program.
package main

import "fmt"

type entry struct {
	key  string
	data []int
}

var cache = map[string]*entry{}

func lookup(n int) *entry {
	key := fmt.Sprintf("item-%d", n)
	if e, ok := cache[key]; ok {
		return e
	}
	e := &entry{key: key, data: make([]int, 64)}
	cache[key] = e // never evicted
	return e
}

func main() {
	total := 0
	for i := 0; i < 200; i++ {
		total += len(lookup(i).data)
	}
	fmt.Println("entries:", len(cache), "ints held:", total)
}
