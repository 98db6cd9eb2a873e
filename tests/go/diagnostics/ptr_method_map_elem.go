// Map elements are not addressable, so pointer methods cannot be called on
// them directly.
package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	m := map[string]Counter{"a": {}}
	m["a"].Inc()
}

// Error:
// ptr_method_map_elem.go:11:9: cannot call pointer method Inc on Counter
