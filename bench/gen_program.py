#!/usr/bin/python3
"""Writes a valid Go program of about N lines for timing the compiler:
    python3 bench/gen_program.py 20000 out.go
Each block is a struct type, a pointer method and a function using loops,
if/else, a switch, a map, a slice with append and a closure; main calls every
block and prints a checksum, so the program can also be run and compared with
compiled Go (bench/run.py does that for the smallest size). The blocks differ
only in names and constants: the compile time per line stays comparable as N
grows, which is what the linear-scaling check needs."""
import sys

HEADER = """package main

import "fmt"
"""

BLOCK = """
type T{k} struct {{
	a, b int
	name string
}}

func (t *T{k}) Mix(x int) int {{
	if x%3 == {r3} {{
		t.a += x
	}} else {{
		t.b -= x * {c}
	}}
	return t.a*{c} + t.b
}}

func f{k}(n int) int {{
	t := &T{k}{{a: {k}, b: n, name: "t{k}"}}
	m := map[int]int{{}}
	s := make([]int, 0, 4)
	for i := 0; i < n; i++ {{
		s = append(s, t.Mix(i))
		m[i%5] += s[len(s)-1]
	}}
	g := func(v int) int {{ return v + len(t.name) }}
	switch {{
	case len(m) > {r5}:
		return g(m[1] - m[2])
	default:
		return g(len(s) * {c})
	}}
}}
"""

BLOCK_LINES = BLOCK.count("\n")


def generate(lines):
    blocks = max(1, (lines - 12) // (BLOCK_LINES + 1))
    parts = [HEADER]
    for k in range(blocks):
        parts.append(BLOCK.format(k=k, r3=k % 3, r5=k % 5, c=k % 7 + 1))
    parts.append("\nfunc main() {\n\tsum := 0\n")
    for k in range(blocks):
        parts.append("\tsum = (sum*31 + f%d(%d)) %% 1000000007\n" % (k, 3 + k % 4))
    parts.append("\tfmt.Println(sum)\n}\n")
    return "".join(parts)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_program.py LINES out.go")
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(generate(int(sys.argv[1])))


if __name__ == "__main__":
    main()
