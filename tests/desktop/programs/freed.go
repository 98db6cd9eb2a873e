// Freed-since-pause highlighting under test (tests/desktop "freed"): paused
// on line 18 and then on 20, the "drop" entry's *Entry and its 200-int
// backing array were freed in between. Line numbers matter: the test names them.
package main

import "fmt"

type Entry struct {
	name string
	data []int
}

var cache = map[string]*Entry{}

func main() {
	cache["keep"] = &Entry{name: "kept", data: make([]int, 100)}
	cache["drop"] = &Entry{name: "dropped", data: make([]int, 200)}
	fmt.Println(len(cache))
	delete(cache, "drop")
	fmt.Println(len(cache))
}
