// Checker cases: programs that must type-check, and programs whose first
// diagnostic must equal gc's (go 1.22) wording and position.
#include <gtest/gtest.h>

#include "types_test_util.h"

using namespace heapscope;
using heapscope::testing_types::check;

struct OkCase { const char* name; const char* src; };
static const OkCase kOk[] = {
    {"hello", "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hello, world\") }\n"},
    {"consts", "package main\nconst big = 1 << 100\nconst x = big >> 98\nconst f = 0.1 + 0.2\nvar a [x]int\nfunc main() { println(len(a), f == 0.3) }\n"},
    {"iota", "package main\ntype W int\nconst (\n\tA W = iota * 10\n\tB\n\tC\n)\nfunc main() { var b [C]int; println(len(b), A, B) }\n"},
    {"methods", "package main\ntype T struct{ n int }\nfunc (t *T) Inc() { t.n++ }\nfunc (t T) Get() int { return t.n }\nfunc main() { var t T; t.Inc(); p := &t; println(p.Get()) }\n"},
    {"embedding", "package main\ntype A struct{ x int }\nfunc (a *A) SetX(v int) { a.x = v }\ntype B struct{ *A; y int }\nfunc main() { b := B{A: &A{}}; b.SetX(3); println(b.x) }\n"},
    {"iface", "package main\nimport \"fmt\"\ntype S struct{}\nfunc (S) String() string { return \"s\" }\nfunc main() { var s fmt.Stringer = S{}; if v, ok := s.(S); ok { fmt.Println(v) } }\n"},
    {"closure", "package main\nfunc main() { x := 0; f := func() { x++ }; f(); println(x) }\n"},
    {"generics", "package main\ntype Number interface{ ~int | ~float64 }\nfunc Sum[T Number](xs []T) T { var s T; for _, x := range xs { s += x }; return s }\nfunc Map[T, U any](xs []T, f func(T) U) []U { var r []U; for _, x := range xs { r = append(r, f(x)) }; return r }\nfunc main() { println(Sum([]int{1, 2}), Sum([]float64{1.5})); _ = Map([]int{1}, func(i int) string { return \"\" }) }\n"},
    {"generic type", "package main\ntype List[T any] struct{ items []T }\nfunc (l *List[T]) Push(v T) { l.items = append(l.items, v) }\nfunc (l *List[T]) Len() int { return len(l.items) }\nfunc main() { var l List[string]; l.Push(\"a\"); println(l.Len()) }\n"},
    {"typeswitch", "package main\nfunc f(x any) int { switch v := x.(type) { case int: return v; case string: return len(v); default: return 0 } }\nfunc main() { println(f(1)) }\n"},
    {"labels", "package main\nfunc main() {\nouter:\n\tfor i := 0; i < 3; i++ {\n\t\tfor j := range 3 {\n\t\t\tif j == 1 { continue outer }\n\t\t\tif i == 2 { break outer }\n\t\t}\n\t}\n}\n"},
    {"range func", "package main\nfunc seq(n int) func(func(int) bool) { return func(yield func(int) bool) { for i := 0; i < n; i++ { if !yield(i) { return } } } }\nfunc main() { for x := range seq(3) { println(x) } }\n"},
    {"channels", "package main\nfunc main() { c := make(chan int, 1); var s chan<- int = c; s <- 1; select { case v, ok := <-c: println(v, ok); default: } }\n"},
    {"multi", "package main\nimport \"strconv\"\nfunc main() { n, err := strconv.Atoi(\"1\"); if err != nil { panic(err) }; println(n) }\n"},
    {"init order", "package main\nvar a = b + 1\nvar b = f()\nfunc f() int { return 2 }\nfunc main() { println(a) }\n"},
    {"missing return ok", "package main\nfunc f(x int) int { for { if x > 0 { return x } } }\nfunc g(x int) int { switch { case x > 0: return 1; default: panic(\"no\") } }\nfunc main() { println(f(1), g(1)) }\n"},
    {"recursive types", "package main\ntype Node struct{ next *Node; kids []Node }\ntype I interface{ M() I }\nfunc main() { var n Node; _ = n }\n"},
    {"min max clear", "package main\nfunc main() { m := map[int]int{1: 2}; clear(m); println(min(1, 2.5), max(3, 4)) }\n"},
    {"shift untyped", "package main\nfunc main() { var s uint = 3; var x int64 = 1 << s; var f float64 = 2; println(x, f) }\n"},
    {"string conv", "package main\nfunc main() { b := []byte(\"hi\"); r := []rune(\"hé\"); s := string(b) + string(r) + string(rune(65)); println(s) }\n"},
};
struct ErrCase { const char* name; const char* src; const char* want; };
static const ErrCase kErr[] = {
    {"undefined", "package main\nfunc main() { x = 1 }\n", "prog.go:2:15: undefined: x"},
    {"unused var", "package main\nfunc main() { x := 1 }\n", "prog.go:2:15: declared and not used: x"},
    {"unused import", "package main\nimport \"os\"\nfunc main() {}\n", "prog.go:2:8: \"os\" imported and not used"},
    {"mismatched", "package main\nfunc main() { x := 1; y := \"a\"; _ = x + y }\n", "prog.go:2:37: invalid operation: x + y (mismatched types int and string)"},
    {"cannot use", "package main\nfunc main() { var x int; var s string = x; _ = s }\n", "prog.go:2:41: cannot use x (variable of type int) as string value in variable declaration"},
    {"overflow", "package main\nfunc main() { var x int8 = 300; _ = x }\n", "prog.go:2:28: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)"},
    {"truncated", "package main\nfunc main() { var i int; i = 2.5; _ = i }\n", "prog.go:2:30: cannot use 2.5 (untyped float constant) as int value in assignment (truncated)"},
    {"const overflow", "package main\nconst c uint8 = 255\nfunc main() { _ = c + 1 }\n", "prog.go:3:19: c + 1 (constant 256 of type uint8) overflows uint8"},
    {"not enough args", "package main\nfunc f(a, b int) {}\nfunc main() { f(1) }\n", "prog.go:3:17: not enough arguments in call to f\n\thave (number)\n\twant (int, int)"},
    {"too many args", "package main\nfunc f(a int) {}\nfunc main() { f(1, 2) }\n", "prog.go:3:20: too many arguments in call to f\n\thave (number, number)\n\twant (int)"},
    {"missing return", "package main\nfunc f() int {\n}\nfunc main() { f() }\n", "prog.go:3:1: missing return"},
    {"assign mismatch", "package main\nfunc f() int { return 1 }\nfunc main() { a, b := f(); _, _ = a, b }\n", "prog.go:3:23: assignment mismatch: 2 variables but f returns 1 value"},
    {"redeclared", "package main\nfunc main() { var x int; var x int; _ = x }\n", "prog.go:2:30: x redeclared in this block\n\tprog.go:2:19: other declaration of x"},
    {"no new vars", "package main\nfunc main() { x := 1; x := 2; _ = x }\n", "prog.go:2:25: no new variables on left side of :="},
    {"not addressable", "package main\nfunc f() int { return 1 }\nfunc main() { f() = 2 }\n", "prog.go:3:15: cannot assign to f() (neither addressable nor a map index expression)"},
    {"index oob", "package main\nfunc main() { a := [3]int{}; _ = a[5] }\n", "prog.go:2:36: invalid argument: index 5 out of bounds [0:3]"},
    {"break outside", "package main\nfunc main() { break }\n", "prog.go:2:15: break is not in a loop, switch, or select"},
    {"unused label", "package main\nfunc main() {\nL:\n\tfor {\n\t}\n}\n", "prog.go:3:1: label L defined and not used"},
    {"missing method", "package main\ntype I interface{ M() }\ntype T struct{}\nfunc main() { var i I = T{}; _ = i }\n", "prog.go:4:25: cannot use T{} (value of type T) as I value in variable declaration: T does not implement I (missing method M)"},
    {"ptr receiver", "package main\ntype I interface{ M() }\ntype T struct{}\nfunc (t *T) M() {}\nfunc main() { var i I = T{}; _ = i }\n", "prog.go:5:25: cannot use T{} (value of type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)"},
    {"impossible assert", "package main\ntype I interface{ M() }\ntype T struct{}\nfunc main() { var i I; _ = i.(T) }\n", "prog.go:4:31: impossible type assertion: i.(T)\n\tT does not implement I (missing method M)"},
    {"invalid recursive", "package main\ntype T struct{ t T }\nfunc main() {}\n", "prog.go:2:6: invalid recursive type T\n\tprog.go:2:6: T refers to T"},
    {"not in std", "package main\nimport \"foo/bar\"\nfunc main() {}\n", "prog.go:2:8: package foo/bar is not in std"},
    {"not supported", "package main\nimport \"net/http\"\nfunc main() {}\n", "prog.go:2:8: not supported yet: import \"net/http\""},
    {"non-local method", "package main\nfunc (x int) M() {}\nfunc main() {}\n", "prog.go:2:1: cannot define new methods on non-local type int"},
    {"constraint", "package main\ntype Float interface{ ~float32 | ~float64 }\nfunc F[T Float](x T) T { return x }\nfunc main() { F(1) }\n", "prog.go:4:16: int does not satisfy Float (int missing in ~float32 | ~float64)"},
    {"conversion overflow", "package main\nfunc main() { _ = int8(300) }\n", "prog.go:2:24: cannot convert 300 (untyped int constant) to type int8"},
    {"non-bool cond", "package main\nfunc main() { if 1 { } }\n", "prog.go:2:18: non-boolean condition in if statement"},
    {"fallthrough", "package main\nfunc main() { fallthrough }\n", "prog.go:2:15: fallthrough statement out of place"},
    {"dup case", "package main\nfunc main() { switch 1 { case 1: case 1: } }\n", "prog.go:2:39: duplicate case 1 (constant of type int) in expression switch\n\tprog.go:2:31: previous case"},
    {"nil map cmp", "package main\nfunc main() { a, b := []int{}, []int{}; _ = a == b }\n", "prog.go:2:45: invalid operation: a == b (slice can only be compared to nil)"},
    {"div zero", "package main\nfunc main() { x := 1; _ = x / 0 }\n", "prog.go:2:31: invalid operation: division by zero"},
    {"unused value", "package main\nfunc main() { x := 1; x + 1 }\n", "prog.go:2:23: x + 1 (value of type int) is not used"},
    {"deep nesting", "package main\nfunc main() { _ = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))) }\n", nullptr},
};

TEST(Checker, ValidProgramsCheck) {
  for (const OkCase& c : kOk) {
    auto r = check(c.src);
    EXPECT_EQ(r.first(), "") << c.name;
  }
}

TEST(Checker, FirstDiagnosticMatchesGc) {
  for (const ErrCase& c : kErr) {
    auto r = check(c.src);
    ASSERT_FALSE(r.result.diagnostics.empty()) << c.name;
    if (c.want) EXPECT_EQ(r.first(), c.want) << c.name;
  }
}
