package main

func add(a, b int) int {
	return a + b
}

func main() {
	println(add(1, 2))
}

// Flags: --dump-bytecode
// Output:
// func main.main (params 0, results 0, regs 6)
// 0000  L8    LOADI          1 1 0
// 0001  L8    LOADI          2 2 0
// 0002  L8    CALL           0 4 1
// 0003  L8    PRINT          0 0 0
// 0004  L8    PRINT          0 8 0
// 0005  L9    RET            0 0 0
//
// func main.init (params 0, results 0, regs 0)
// 0000  L0    RET            0 0 0
//
// func main.add (params 2, results 1, regs 4)
//   local a r0 pc[0,3) int
//   local b r1 pc[0,3) int
// 0000  L4    ADD_I          2 0 1
// 0001  L4    RET            2 1 0
// 0002  L5    RET            0 0 0
