package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	cancelParent()
	<-child.Done()
	fmt.Println(child.Err(), parent.Err())
	d, ok := child.Deadline()
	fmt.Println(ok, d.Sub(time.Now()) > 59*time.Minute)
	fmt.Println(context.Background(), context.TODO())
}


// Output:
// context canceled context canceled
// true true
// context.Background context.TODO
