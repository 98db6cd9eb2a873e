package main

import "fmt"

type Animal struct {
	Name string
}

func (a Animal) Speak() string { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Puppy struct {
	*Dog
	Age int
}

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Speak(), d.Animal.Speak(), d.Name)
	d.Rename("Max")
	fmt.Println(d.Name)
	p := Puppy{&d, 1}
	p.Rename("Tiny")
	fmt.Println(p.Speak(), d.Name, p.Breed)
	fmt.Printf("%+v\n", d)
}

// Output:
// Rex barks Rex makes a sound Rex
// Max
// Tiny barks Tiny lab
// {Animal:{Name:Tiny} Breed:lab}
