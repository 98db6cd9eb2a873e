// A switch without a default clause is not a terminating statement.
package main

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x >= 0:
		return 1
	}
}

func main() { println(sign(1)) }

// Error:
// missing_return_switch.go:11:1: missing return
