// A compile error the editor must mark (tests/desktop): line 8 uses an
// undefined name.
package main

import "fmt"

func main() {
	fmt.Println(total)
}
