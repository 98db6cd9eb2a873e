package main

import "fmt"

type Logger interface{ Log(string) }

type ConsoleLogger struct{ prefix string }

func (c ConsoleLogger) Log(m string) { fmt.Println(c.prefix + m) }

type Service struct {
	Logger
	name string
}

func main() {
	s := Service{ConsoleLogger{"[svc] "}, "api"}
	s.Log("started " + s.name)
	var l Logger = s
	l.Log("via interface")
	s.Logger = ConsoleLogger{"[new] "}
	s.Log("swapped")
}

// Output:
// [svc] started api
// [svc] via interface
// [new] swapped
