// heapscope run --leaks: a cache that gains an entry every iteration and is
// never trimmed. The report must name the allocation site (main.remember,
// the make on line 11) and the path from the global through the map.
package main

import "fmt"

var cache = map[int][]byte{}

func remember(i int) {
	cache[i] = make([]byte, 64)
}

func main() {
	for i := 0; i < 300; i++ {
		remember(i)
	}
	fmt.Println("entries:", len(cache))
}
