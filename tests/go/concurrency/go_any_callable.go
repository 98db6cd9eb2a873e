// `go` accepts any call: a named function, a closure, a method value, a
// method expression, an interface method, a generic function, a func
// returned by a call, a builtin (println) and a function-typed field. The
// arguments are evaluated in the calling goroutine, at the go statement.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var wg sync.WaitGroup
var mu sync.Mutex
var got []string

func record(s string) {
	mu.Lock()
	got = append(got, s)
	mu.Unlock()
	wg.Done()
}

type greeter struct{ name string }

func (g greeter) greet(to string) { record(g.name + " greets " + to) }
func (g *greeter) rename(n string) {
	g.name = n
	record("renamed to " + n)
}

type runner interface{ run(n int) }

type job struct{}

func (job) run(n int) { record(fmt.Sprint("job ", n)) }

func twice[T any](v T) { record(fmt.Sprint(v, v)) }

func maker(tag string) func(int) {
	return func(n int) { record(fmt.Sprint(tag, n)) }
}

type hooks struct{ onDone func(string) }

func main() {
	g := greeter{"ann"}
	var r runner = job{}
	h := hooks{onDone: record}
	x := 1
	wg.Add(9)
	go record("plain")
	go func(v int) { record(fmt.Sprint("closure ", v)) }(x)
	go g.greet("bob")         // method value: g copied now
	go greeter.greet(g, "cy") // method expression
	go (&g).rename("dee")     // pointer method
	go r.run(7)               // interface method
	go twice[int](21)         // generic instance
	go maker("made ")(x + 1)  // maker runs now, its result later
	go h.onDone("field")
	x = 100 // too late: arguments were evaluated at the go statements
	wg.Wait()
	go println("builtin println on stderr")
	runtime.Gosched() // main to the back of the run queue: println runs
	var done sync.WaitGroup
	done.Add(1)
	go done.Done() // a native method value
	done.Wait()
	for _, s := range got {
		fmt.Println(s)
	}
}

// Output:
// builtin println on stderr
// field
// plain
// closure 1
// ann greets bob
// ann greets cy
// renamed to dee
// job 7
// 21 21
// made 2
