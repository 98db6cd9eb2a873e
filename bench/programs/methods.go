// Struct values with value and pointer-receiver methods: 100 bodies bouncing
// in a box, stepped until `steps` body-steps are done. Exercises field loads
// and stores, small struct copies and method calls.
// bench-args: 3000000
// bench-expect: 130170
// bench-quick-args: 30000
// bench-quick-expect: 239805
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Vec struct{ X, Y int }

func (v Vec) Add(w Vec) Vec { return Vec{v.X + w.X, v.Y + w.Y} }

type Body struct {
	pos, vel Vec
	bounces  int
}

func (b *Body) Step() {
	b.pos = b.pos.Add(b.vel)
	if b.pos.X < 0 || b.pos.X > 1000 {
		b.vel.X = -b.vel.X
		b.bounces++
	}
	if b.pos.Y < 0 || b.pos.Y > 1000 {
		b.vel.Y = -b.vel.Y
		b.bounces++
	}
}

func main() {
	steps := 3000000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			steps = v
		}
	}
	bodies := make([]Body, 100)
	for i := range bodies {
		bodies[i] = Body{pos: Vec{i * 7 % 1000, i * 13 % 1000}, vel: Vec{i%5 + 1, i%3 + 1}}
	}
	for s := 0; s < steps/len(bodies); s++ {
		for i := range bodies {
			bodies[i].Step()
		}
	}
	sum := 0
	for _, b := range bodies {
		sum += b.pos.X*3 + b.pos.Y + b.bounces
	}
	fmt.Println(sum)
}
