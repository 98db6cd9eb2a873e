// Parser: declarations, statements, expressions (precedence, composite
// literal rules), generics, positions, gc-worded first errors, nesting
// limits and speed.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "syntax/ast_dump.h"
#include "syntax/parser.h"

using namespace heapscope;
using K = Token::Kind;

namespace {

struct Parsed {
  std::unique_ptr<File> file;
  std::vector<SyntaxError> errs;
};

Parsed parse(const std::string& src) {
  Parsed p;
  p.file = parseFileOwned(src, "prog.go", p.errs);
  return p;
}

// "L:C: message" of the first error, or "" if the source parses.
std::string err(const std::string& src) {
  Parsed p = parse(src);
  if (p.errs.empty()) {
    EXPECT_NE(p.file, nullptr);
    return "";
  }
  EXPECT_EQ(p.file, nullptr);
  EXPECT_EQ(p.errs.size(), 1u);
  return std::to_string(p.errs[0].line) + ":" + std::to_string(p.errs[0].col) + ": " + p.errs[0].message;
}

std::string body(const std::string& stmts) { return "package main\nfunc main() {\n" + stmts + "\n}\n"; }

// Fully parenthesized rendering of binary/unary structure.
std::string paren(const Expr* e) {
  switch (e->kind) {
    case NodeKind::BinaryExpr: {
      auto* b = e->as<BinaryExpr>();
      return "(" + paren(b->x) + " " + tokenSpelling(b->op) + " " + paren(b->y) + ")";
    }
    case NodeKind::UnaryExpr: {
      auto* u = e->as<UnaryExpr>();
      return "(" + std::string(tokenSpelling(u->op)) + paren(u->x) + ")";
    }
    case NodeKind::StarExpr: return "(*" + paren(e->as<StarExpr>()->x) + ")";
    default: return exprString(e);
  }
}

// The expression of `var _ = <src>`.
const Expr* exprOf(Parsed& p) {
  auto* d = p.file->decls.back()->as<GenDecl>();
  return d->specs[0]->as<ValueSpec>()->values[0];
}

std::string prec(const std::string& src) {
  Parsed p = parse("package p\nvar _ = " + src + "\n");
  if (!p.file) return "ERROR " + p.errs[0].message;
  return paren(exprOf(p));
}

// Statements of main's body.
std::vector<Stmt*> stmts(Parsed& p) {
  for (Decl* d : p.file->decls)
    if (d->kind == NodeKind::FuncDecl) return d->as<FuncDecl>()->body->list;
  return {};
}

}  // namespace

// ---------------------------------------------------------------- declarations

TEST(SyntaxParser, PackageAndImports) {
  Parsed p = parse("package main\n\nimport \"fmt\"\nimport (\n\tm \"math\"\n\t. \"strings\"\n\t_ \"os\"\n)\n");
  ASSERT_TRUE(p.file);
  EXPECT_EQ(p.file->packageName->name, "main");
  ASSERT_EQ(p.file->imports.size(), 4u);
  EXPECT_EQ(p.file->imports[0]->path->text, "\"fmt\"");
  EXPECT_EQ(p.file->imports[0]->name, nullptr);
  EXPECT_EQ(p.file->imports[1]->name->name, "m");
  EXPECT_EQ(p.file->imports[2]->name->name, ".");
  EXPECT_EQ(p.file->imports[3]->name->name, "_");
  EXPECT_EQ(p.file->imports[3]->pos.line, 7);
  EXPECT_EQ(p.file->imports[3]->pos.col, 2);
}

TEST(SyntaxParser, ConstIotaAndImplicitRepetition) {
  Parsed p = parse("package p\nconst (\n\tA int = iota * 10\n\tB\n\tC, D = 1, 2\n\tE, F\n\tG = \"x\"\n)\nconst H = 1\n");
  ASSERT_TRUE(p.file);
  auto* g = p.file->decls[0]->as<GenDecl>();
  ASSERT_EQ(g->specs.size(), 5u);
  auto spec = [&](int i) { return g->specs[size_t(i)]->as<ValueSpec>(); };
  EXPECT_EQ(spec(0)->iota, 0);
  EXPECT_FALSE(spec(0)->implicit);
  EXPECT_EQ(spec(1)->iota, 1);
  EXPECT_TRUE(spec(1)->implicit);
  ASSERT_NE(spec(1)->typeExpr, nullptr);
  EXPECT_EQ(exprString(spec(1)->typeExpr), "int");
  ASSERT_EQ(spec(1)->values.size(), 1u);
  EXPECT_EQ(exprString(spec(1)->values[0]), "iota * 10");
  EXPECT_NE(spec(1)->values[0], spec(0)->values[0]);  // a fresh copy
  EXPECT_EQ(spec(1)->values[0]->pos.line, 3);         // keeping the original position
  EXPECT_TRUE(spec(3)->implicit);
  EXPECT_EQ(spec(3)->values.size(), 2u);
  EXPECT_EQ(spec(3)->typeExpr, nullptr);
  EXPECT_EQ(spec(4)->iota, 4);
  EXPECT_FALSE(spec(4)->implicit);
  EXPECT_EQ(p.file->decls[1]->as<GenDecl>()->specs[0]->as<ValueSpec>()->iota, 0);
}

TEST(SyntaxParser, VarDecls) {
  Parsed p = parse("package p\nvar a int\nvar b, c = 1, 2\nvar (\n\td []string\n\te = map[string]int{}\n)\n");
  ASSERT_TRUE(p.file);
  EXPECT_EQ(p.file->decls.size(), 3u);
  auto* s = p.file->decls[1]->as<GenDecl>()->specs[0]->as<ValueSpec>();
  EXPECT_EQ(s->names.size(), 2u);
  EXPECT_EQ(s->values.size(), 2u);
  EXPECT_EQ(s->typeExpr, nullptr);
}

TEST(SyntaxParser, TypeDecls) {
  Parsed p = parse(
      "package p\n"
      "type A int\n"
      "type B = A\n"
      "type S struct {\n\tx, y int `json:\"x\"`\n\tA\n\t*B\n\tfmt.Stringer\n\tL[int]\n\tarr [4]int\n}\n"
      "type Arr [N]int\n"
      "type List[T any] struct{ next *List[T] }\n"
      "type M[K comparable, V any] map[K]V\n"
      "type Num interface{ ~int | ~float64 | string; M() int }\n"
      "type P[T *C,] struct{}\n"
      "type Q[T interface{ ~int }] []T\n");
  ASSERT_TRUE(p.file) << p.errs[0].message;
  auto ts = [&](int i) { return p.file->decls[size_t(i)]->as<GenDecl>()->specs[0]->as<TypeSpec>(); };
  EXPECT_FALSE(ts(0)->isAlias);
  EXPECT_TRUE(ts(1)->isAlias);
  auto* st = ts(2)->typeExpr->as<StructType>();
  ASSERT_EQ(st->fields->list.size(), 6u);
  EXPECT_EQ(st->fields->list[0]->names.size(), 2u);
  ASSERT_NE(st->fields->list[0]->tag, nullptr);
  EXPECT_EQ(st->fields->list[0]->tag->text, "`json:\"x\"`");
  EXPECT_TRUE(st->fields->list[1]->names.empty());
  EXPECT_EQ(exprString(st->fields->list[2]->typeExpr), "*B");
  EXPECT_EQ(exprString(st->fields->list[3]->typeExpr), "fmt.Stringer");
  EXPECT_EQ(exprString(st->fields->list[4]->typeExpr), "L[int]");
  EXPECT_TRUE(st->fields->list[4]->names.empty());
  EXPECT_EQ(st->fields->list[5]->names[0]->name, "arr");
  EXPECT_EQ(st->fields->numFields(), 7u);
  EXPECT_EQ(ts(3)->typeParams, nullptr);  // [N]int is an array type
  EXPECT_EQ(ts(3)->typeExpr->kind, NodeKind::ArrayType);
  ASSERT_NE(ts(4)->typeParams, nullptr);
  EXPECT_EQ(ts(4)->typeParams->list[0]->names[0]->name, "T");
  ASSERT_NE(ts(5)->typeParams, nullptr);
  EXPECT_EQ(ts(5)->typeParams->numFields(), 2u);
  auto* it = ts(6)->typeExpr->as<InterfaceType>();
  ASSERT_EQ(it->methods->list.size(), 2u);
  EXPECT_EQ(exprString(it->methods->list[0]->typeExpr), "~int | ~float64 | string");
  EXPECT_EQ(it->methods->list[1]->names[0]->name, "M");
  ASSERT_NE(ts(7)->typeParams, nullptr);  // P[T *C] with a struct: pointer constraint
  EXPECT_EQ(exprString(ts(7)->typeParams->list[0]->typeExpr), "*C");
  ASSERT_NE(ts(8)->typeParams, nullptr);
}

TEST(SyntaxParser, FuncsMethodsAndGenerics) {
  Parsed p = parse(
      "package p\n"
      "func f(a, b int, c ...string) (x int, err error) { return }\n"
      "func g(int, string) bool\n"
      "func (l *List[T]) Push(v T) {}\n"
      "func (Point) M() {}\n"
      "func Map[K comparable, V int | ~float64](m map[K]V, f func(V) V) []V { return nil }\n"
      "func Sum[S ~[]E, E any](s S) (r E) { return }\n");
  ASSERT_TRUE(p.file) << p.errs[0].message;
  auto fd = [&](int i) { return p.file->decls[size_t(i)]->as<FuncDecl>(); };
  EXPECT_EQ(fd(0)->type->params->list.size(), 2u);
  EXPECT_EQ(fd(0)->type->params->numFields(), 3u);
  EXPECT_EQ(fd(0)->type->params->list[1]->typeExpr->kind, NodeKind::Ellipsis);
  EXPECT_EQ(fd(0)->type->results->numFields(), 2u);
  EXPECT_EQ(fd(1)->body, nullptr);
  EXPECT_TRUE(fd(1)->type->params->list[0]->names.empty());
  EXPECT_EQ(fd(1)->type->params->numFields(), 2u);
  ASSERT_NE(fd(2)->recv, nullptr);
  EXPECT_EQ(exprString(fd(2)->recv->list[0]->typeExpr), "*List[T]");
  EXPECT_TRUE(fd(3)->recv->list[0]->names.empty());
  ASSERT_NE(fd(4)->type->typeParams, nullptr);
  EXPECT_EQ(exprString(fd(4)->type->typeParams->list[1]->typeExpr), "int | ~float64");
  EXPECT_EQ(exprString(fd(5)->type->typeParams->list[0]->typeExpr), "~[]E");
  EXPECT_EQ(fd(4)->body->rbrace.line, 6);
}

// ---------------------------------------------------------------- expressions

TEST(SyntaxParser, Precedence) {
  EXPECT_EQ(prec("a || b && c"), "(a || (b && c))");
  EXPECT_EQ(prec("a == b || c < d"), "((a == b) || (c < d))");
  EXPECT_EQ(prec("a + b * c"), "(a + (b * c))");
  EXPECT_EQ(prec("a * b + c"), "((a * b) + c)");
  EXPECT_EQ(prec("a - b - c"), "((a - b) - c)");
  EXPECT_EQ(prec("a | b ^ c & d"), "((a | b) ^ (c & d))");
  EXPECT_EQ(prec("a << 1 + b >> 2"), "((a << 1) + (b >> 2))");
  EXPECT_EQ(prec("a &^ b % c"), "((a &^ b) % c)");
  EXPECT_EQ(prec("x + y == z && !ok"), "(((x + y) == z) && (!ok))");
  EXPECT_EQ(prec("-a * ^b"), "((-a) * (^b))");
  EXPECT_EQ(prec("*p + &x"), "((*p) + (&x))");
  EXPECT_EQ(prec("<-ch + 1"), "((<-ch) + 1)");
  EXPECT_EQ(prec("a <= b != c >= d"), "(((a <= b) != c) >= d)");
}

TEST(SyntaxParser, PrimaryExpressions) {
  auto e = [](const std::string& s) {
    Parsed p = parse("package p\nvar _ = " + s + "\n");
    return p.file ? exprString(exprOf(p)) : "ERROR " + p.errs[0].message;
  };
  EXPECT_EQ(e("f(a, b...)"), "f(a, b...)");
  EXPECT_EQ(e("a[i:j]"), "a[i:j]");
  EXPECT_EQ(e("a[:j:k]"), "a[:j:k]");
  EXPECT_EQ(e("a[i:]"), "a[i:]");
  EXPECT_EQ(e("x.(T)"), "x.(T)");
  EXPECT_EQ(e("f[int](x)"), "f[int](x)");
  EXPECT_EQ(e("Pair[string, int]{\"a\", 1}"), "Pair[string, int]{\"a\", 1}");
  EXPECT_EQ(e("T.m"), "T.m");
  EXPECT_EQ(e("(*T).m"), "(*T).m");
  EXPECT_EQ(e("[]byte(s)"), "[]byte(s)");
  EXPECT_EQ(e("[...]int{1, 2}"), "[...]int{1, 2}");
  EXPECT_EQ(e("[]Point{{1, 2}, {3, 4}}"), "[]Point{{1, 2}, {3, 4}}");
  EXPECT_EQ(e("[]*T{&T{}, {}}"), "[]*T{&T{}, {}}");
  EXPECT_EQ(e("map[string][]int{\"a\": {1}}"), "map[string][]int{\"a\": {1}}");
  EXPECT_EQ(e("struct{ x int }{1}"), "struct{x int}{1}");
  EXPECT_EQ(e("func(x int) int { return x }(1)"), "func(x int) int {…}(1)");
  EXPECT_EQ(e("make(chan<- int, 1)"), "make(chan<- int, 1)");
  EXPECT_EQ(e("make(<-chan int)"), "make(<-chan int)");
  EXPECT_EQ(e("make(chan (<-chan int))"), "make(chan (<-chan int))");
  EXPECT_EQ(e("interface{}(x)"), "interface{}(x)");
  EXPECT_EQ(e("x.y.z[1](2).w"), "x.y.z[1](2).w");
}

TEST(SyntaxParser, ChannelTypesInDeclarations) {
  Parsed p = parse("package p\nvar a <-chan int\nvar b chan<- int\nvar c chan (<-chan int)\nvar d chan<- chan int\n");
  ASSERT_TRUE(p.file);
  auto t = [&](int i) { return p.file->decls[size_t(i)]->as<GenDecl>()->specs[0]->as<ValueSpec>()->typeExpr; };
  EXPECT_EQ(t(0)->as<ChanType>()->dir, ChanDir::Recv);
  EXPECT_EQ(t(1)->as<ChanType>()->dir, ChanDir::Send);
  EXPECT_EQ(t(2)->as<ChanType>()->dir, ChanDir::Both);
  EXPECT_EQ(exprString(t(3)), "chan<- chan int");
}

TEST(SyntaxParser, CompositeLiteralInControlClauses) {
  // `T{}` after a bare name is a block in a header, a literal when parenthesized
  Parsed p = parse(body("if x == (T{}) {\n}\nfor _, v := range []int{1, 2} {\n}\nswitch s := (S{1}); s.a {\n}\nif v := f(T{}); v {\n}"));
  ASSERT_TRUE(p.file) << p.errs[0].message;
  auto s = stmts(p);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(exprString(s[0]->as<IfStmt>()->cond), "x == (T{})");
  EXPECT_EQ(exprString(s[1]->as<RangeStmt>()->x), "[]int{1, 2}");
  Parsed q = parse(body("if x == T {\n}"));
  ASSERT_TRUE(q.file);
  EXPECT_EQ(exprString(stmts(q)[0]->as<IfStmt>()->cond), "x == T");
}

TEST(SyntaxParser, Positions) {
  Parsed p = parse(body("\tx := a + b*c\n\tf := func() {\n\t}\n\t_ = T{\n\t\t1,\n\t}"));
  ASSERT_TRUE(p.file);
  auto s = stmts(p);
  auto* as = s[0]->as<AssignStmt>();
  EXPECT_EQ(as->pos.line, 3);
  EXPECT_EQ(as->pos.col, 2);
  EXPECT_EQ(as->tokPos.col, 4);
  auto* bin = as->rhs[0]->as<BinaryExpr>();
  EXPECT_EQ(bin->pos.col, 7);
  EXPECT_EQ(bin->opPos.col, 9);
  auto* fl = s[1]->as<AssignStmt>()->rhs[0]->as<FuncLit>();
  EXPECT_EQ(fl->pos.col, 7);
  EXPECT_EQ(fl->body->rbrace.line, 5);
  EXPECT_EQ(fl->body->rbrace.col, 2);
  auto* cl = s[2]->as<AssignStmt>()->rhs[0]->as<CompositeLit>();
  EXPECT_EQ(cl->pos.col, 6);
  EXPECT_EQ(cl->lbrace.col, 7);
  EXPECT_EQ(cl->rbrace.line, 8);
  EXPECT_EQ(cl->rbrace.col, 2);
}

// ---------------------------------------------------------------- statements

TEST(SyntaxParser, SimpleStatements) {
  Parsed p = parse(body("x := 1\nx, y = y, x\nx += 2\nx <<= 1\nx &^= 3\nx++\ny--\nch <- v\nf()\na[i], b.c = 1, 2\n<-ch"));
  ASSERT_TRUE(p.file) << p.errs[0].message;
  auto s = stmts(p);
  ASSERT_EQ(s.size(), 11u);
  EXPECT_EQ(s[0]->as<AssignStmt>()->tok, K::Define);
  EXPECT_EQ(s[1]->as<AssignStmt>()->lhs.size(), 2u);
  EXPECT_EQ(s[2]->as<AssignStmt>()->tok, K::AddAssign);
  EXPECT_EQ(s[3]->as<AssignStmt>()->tok, K::ShlAssign);
  EXPECT_EQ(s[4]->as<AssignStmt>()->tok, K::AndNotAssign);
  EXPECT_EQ(s[5]->as<IncDecStmt>()->tok, K::Inc);
  EXPECT_EQ(s[6]->as<IncDecStmt>()->tok, K::Dec);
  EXPECT_EQ(s[7]->kind, NodeKind::SendStmt);
  EXPECT_EQ(s[8]->kind, NodeKind::ExprStmt);
  EXPECT_EQ(s[9]->as<AssignStmt>()->lhs.size(), 2u);
  EXPECT_EQ(s[10]->kind, NodeKind::ExprStmt);
}

TEST(SyntaxParser, IfElse) {
  Parsed p = parse(body("if x := f(); x > 0 {\n} else if y {\n} else {\n}"));
  ASSERT_TRUE(p.file);
  auto* i = stmts(p)[0]->as<IfStmt>();
  ASSERT_NE(i->init, nullptr);
  EXPECT_EQ(exprString(i->cond), "x > 0");
  ASSERT_NE(i->els, nullptr);
  auto* i2 = i->els->as<IfStmt>();
  EXPECT_EQ(i2->init, nullptr);
  EXPECT_EQ(i2->els->kind, NodeKind::BlockStmt);
}

TEST(SyntaxParser, ForForms) {
  Parsed p = parse(body(
      "for i := 0; i < 10; i++ {\n}\nfor x < 5 {\n}\nfor {\n}\nfor k, v := range m {\n}\n"
      "for k = range m {\n}\nfor range 10 {\n}\nfor i := range 10 {\n}\nfor ; ; {\n}\nfor i := 0; i < 3; {\n}"));
  ASSERT_TRUE(p.file) << p.errs[0].message;
  auto s = stmts(p);
  ASSERT_EQ(s.size(), 9u);
  auto* f0 = s[0]->as<ForStmt>();
  EXPECT_NE(f0->init, nullptr);
  EXPECT_NE(f0->cond, nullptr);
  EXPECT_NE(f0->post, nullptr);
  EXPECT_EQ(s[1]->as<ForStmt>()->init, nullptr);
  EXPECT_NE(s[1]->as<ForStmt>()->cond, nullptr);
  EXPECT_EQ(s[2]->as<ForStmt>()->cond, nullptr);
  auto* r = s[3]->as<RangeStmt>();
  EXPECT_EQ(r->tok, K::Define);
  EXPECT_EQ(exprString(r->key), "k");
  EXPECT_EQ(exprString(r->value), "v");
  EXPECT_EQ(r->pos.col, 1);
  EXPECT_EQ(s[4]->as<RangeStmt>()->tok, K::Assign);
  EXPECT_EQ(s[4]->as<RangeStmt>()->value, nullptr);
  EXPECT_EQ(s[5]->as<RangeStmt>()->tok, K::Illegal);
  EXPECT_EQ(s[5]->as<RangeStmt>()->key, nullptr);
  EXPECT_EQ(exprString(s[6]->as<RangeStmt>()->x), "10");
  EXPECT_EQ(s[7]->as<ForStmt>()->cond, nullptr);
  EXPECT_EQ(s[8]->as<ForStmt>()->post, nullptr);
}

TEST(SyntaxParser, Switches) {
  Parsed p = parse(body(
      "switch x := f(); x {\ncase 1, 2:\n\tfallthrough\ncase 3:\ndefault:\n}\n"
      "switch {\ncase a > b:\n}\n"
      "switch v := i.(type) {\ncase int, string:\ncase nil:\ndefault:\n}\n"
      "switch i.(type) {\n}\nswitch x := 1; y := x.(type) {\n}"));
  ASSERT_TRUE(p.file) << p.errs[0].message;
  auto s = stmts(p);
  ASSERT_EQ(s.size(), 5u);
  auto* sw = s[0]->as<SwitchStmt>();
  EXPECT_NE(sw->init, nullptr);
  EXPECT_EQ(exprString(sw->tag), "x");
  ASSERT_EQ(sw->body->list.size(), 3u);
  EXPECT_EQ(sw->body->list[0]->as<CaseClause>()->list.size(), 2u);
  EXPECT_EQ(sw->body->list[0]->as<CaseClause>()->body[0]->as<BranchStmt>()->tok, K::Fallthrough);
  EXPECT_TRUE(sw->body->list[2]->as<CaseClause>()->isDefault);
  EXPECT_EQ(s[1]->as<SwitchStmt>()->tag, nullptr);
  auto* ts = s[2]->as<TypeSwitchStmt>();
  ASSERT_EQ(ts->assign->kind, NodeKind::AssignStmt);
  EXPECT_EQ(ts->assign->as<AssignStmt>()->rhs[0]->as<TypeAssertExpr>()->typeExpr, nullptr);
  EXPECT_EQ(ts->body->list.size(), 3u);
  EXPECT_EQ(s[3]->as<TypeSwitchStmt>()->assign->kind, NodeKind::ExprStmt);
  EXPECT_NE(s[4]->as<TypeSwitchStmt>()->init, nullptr);
}

TEST(SyntaxParser, SelectLabelsBranchesGoDefer) {
  Parsed p = parse(body(
      "select {\ncase v := <-c:\ncase v, ok = <-c:\ncase c <- 1:\ncase <-c:\ndefault:\n}\n"
      "Outer:\n\tfor {\n\t\tbreak Outer\n\t\tcontinue Outer\n\t\tgoto End\n\t}\nEnd:\n\tgo f(x)\n\tdefer func() {}()\n\treturn"));
  ASSERT_TRUE(p.file) << p.errs[0].message;
  auto s = stmts(p);
  ASSERT_EQ(s.size(), 5u);
  auto* sel = s[0]->as<SelectStmt>();
  ASSERT_EQ(sel->body->list.size(), 5u);
  EXPECT_EQ(sel->body->list[0]->as<CommClause>()->comm->as<AssignStmt>()->tok, K::Define);
  EXPECT_EQ(sel->body->list[1]->as<CommClause>()->comm->as<AssignStmt>()->tok, K::Assign);
  EXPECT_EQ(sel->body->list[2]->as<CommClause>()->comm->kind, NodeKind::SendStmt);
  EXPECT_EQ(sel->body->list[3]->as<CommClause>()->comm->kind, NodeKind::ExprStmt);
  EXPECT_EQ(sel->body->list[4]->as<CommClause>()->comm, nullptr);
  auto* l = s[1]->as<LabeledStmt>();
  EXPECT_EQ(l->label->name, "Outer");
  auto& loop = l->stmt->as<ForStmt>()->body->list;
  EXPECT_EQ(loop[0]->as<BranchStmt>()->label->name, "Outer");
  EXPECT_EQ(loop[1]->as<BranchStmt>()->tok, K::Continue);
  EXPECT_EQ(loop[2]->as<BranchStmt>()->tok, K::Goto);
  EXPECT_EQ(s[2]->as<LabeledStmt>()->stmt->kind, NodeKind::GoStmt);
  EXPECT_EQ(s[3]->kind, NodeKind::DeferStmt);
  EXPECT_EQ(s[4]->kind, NodeKind::ReturnStmt);
  // a label right before '}' is allowed
  EXPECT_EQ(err(body("L:\n")), "");
}

TEST(SyntaxParser, LocalDeclarations) {
  Parsed p = parse(body("var x int\nconst c = 1\ntype T struct{}\ntype (\n\tA int\n\tB[T any] []T\n)"));
  ASSERT_TRUE(p.file);
  auto s = stmts(p);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0]->as<DeclStmt>()->decl->as<GenDecl>()->tok, K::Var);
  EXPECT_EQ(s[3]->as<DeclStmt>()->decl->as<GenDecl>()->specs.size(), 2u);
}

// ---------------------------------------------------------------- errors (gc wording)

TEST(SyntaxParserErrors, Messages) {
  EXPECT_EQ(err(body("\tf(a, b\n")), "3:8: syntax error: unexpected newline in argument list; possibly missing comma or )");
  EXPECT_EQ(err("package main\nx := 1\n"), "2:1: syntax error: non-declaration statement outside function body");
  EXPECT_EQ(err(body("\tx :=\n")), "5:1: syntax error: unexpected }, expected expression");
  EXPECT_EQ(err(body("\tif x\n\t{\n\t}\n")), "3:6: syntax error: unexpected newline, expected { after if clause");
  EXPECT_EQ(err(body("\tif {\n\t}\n")), "3:5: syntax error: missing condition in if statement");
  EXPECT_EQ(err(body("\tif x := 1; {\n\t}\n")), "3:11: syntax error: missing condition in if statement");
  EXPECT_EQ(err(body("\tif x := 0 {\n\t}\n")), "3:7: syntax error: cannot use x := 0 as value");
  EXPECT_EQ(err(body("\tif x = 0 {\n\t}\n")), "3:7: syntax error: cannot use assignment x = 0 as value");
  EXPECT_EQ(err(body("\tfor i := 0; i < 3 {\n\t}\n")), "3:20: syntax error: unexpected {, expected semicolon or newline");
  EXPECT_EQ(err(body("\tfor i := 0; i < 3; j := 1 {\n\t}\n")), "3:23: syntax error: cannot declare in post statement of for loop");
  EXPECT_EQ(err(body("\tif x {\n\t}\n\telse {\n\t}\n")), "5:2: syntax error: unexpected keyword else, expected }");
  EXPECT_EQ(err(body("\tif x {\n\t} else for {\n\t}\n")), "4:9: syntax error: else must be followed by if or statement block");
  EXPECT_EQ(err(body("\tswitch x {\n\tfoo\n\t}\n")), "4:2: syntax error: unexpected name foo, expected case or default or }");
  EXPECT_EQ(err(body("\tx := 1 y := 2\n")), "3:9: syntax error: unexpected name y at end of statement");
  EXPECT_EQ(err(body("\tx := range\n")), "3:7: syntax error: unexpected keyword range, expected expression");
  EXPECT_EQ(err(body("\tgo (f())\n")), "3:5: expression in go must not be parenthesized");
  EXPECT_EQ(err(body("\tdefer f\n")), "3:8: expression in defer must be function call");
  EXPECT_EQ(err(body("\ta, b += 1, 2\n")), "3:7: syntax error: unexpected +=, expected := or = or comma");
  EXPECT_EQ(err(body("\t)\n")), "3:2: syntax error: unexpected ), expected }");
  EXPECT_EQ(err(body("\tif var x = 1; x {\n\t}\n")), "3:9: syntax error: var declaration not allowed in if initializer");
  EXPECT_EQ(err(body("\t_ = a[]\n")), "3:8: syntax error: unexpected ], expected operand");
  EXPECT_EQ(err("func main() {}\n"), "1:1: syntax error: package statement must be first");
  EXPECT_EQ(err("package main\nfunc main()\n{\n}\n"), "3:1: syntax error: unexpected semicolon or newline before {");
  EXPECT_EQ(err("package main\nfunc f(a int, string) {}\n"), "2:15: syntax error: mixed named and unnamed parameters");
  EXPECT_EQ(err("package main\nvar x := 1\n"), "2:7: syntax error: unexpected :=, expected =");
  EXPECT_EQ(err("package main\nvar x int y\n"), "2:11: syntax error: unexpected name y after top level declaration");
  EXPECT_EQ(err("package main\nfunc main() {\n"), "3:1: syntax error: unexpected EOF, expected }");
  EXPECT_EQ(err("package main\nvar x = []int{1, 2\n}\n"), "2:19: syntax error: unexpected newline in composite literal; possibly missing comma or }");
  EXPECT_EQ(err("package main\ntype T struct {\n\t1\n}\n"), "3:2: syntax error: unexpected literal 1, expected field name or embedded type");
  EXPECT_EQ(err("package main\ntype I interface {\n\t1\n}\n"), "3:2: syntax error: unexpected literal 1, expected ~ term or type");
  EXPECT_EQ(err("package main\nfunc () {}\n"), "2:9: method has no receiver");
  EXPECT_EQ(err("package main\nvar x = (T){}\n"), "2:12: syntax error: cannot parenthesize type in composite literal");
  EXPECT_EQ(err("package main\nvar f func[T any]()\n"), "2:11: syntax error: function type must have no type parameters");
  EXPECT_EQ(err("package main\nfunc f[]() {}\n"), "2:8: syntax error: empty type parameter list");
  EXPECT_EQ(err("package main\nimport\n"), "3:1: syntax error: missing import path");
  EXPECT_EQ(err("package main\nvar m map[string\n"), "2:17: syntax error: unexpected newline, expected ]");
  EXPECT_EQ(err("package main\nvar c <-chan<- int\n"), "2:16: syntax error: unexpected name int, expected keyword chan");
  EXPECT_EQ(err("package main\nfunc f(x ...) {}\n"), "2:13: syntax error: ... is missing type");
  EXPECT_EQ(err("package main\nvar s = \"abc\n"), "2:13: newline in string");
  EXPECT_EQ(err("package main\nvar r = ''\n"), "2:10: empty rune literal or unescaped '");
  EXPECT_EQ(err("package main\nvar a [3,]int\n"), "2:9: syntax error: unexpected comma; expected ]");
}

TEST(SyntaxParserErrors, NestingIsBoundedNotCrashing) {
  std::string deep = "package p\nvar x = " + std::string(100000, '(') + "1" + std::string(100000, ')') + "\n";
  EXPECT_NE(err(deep).find("syntax error: nesting too deep"), std::string::npos);
  std::string blocks = "package p\nfunc f() {" + std::string(100000, '{') + std::string(100000, '}') + "}\n";
  EXPECT_NE(err(blocks).find("nesting too deep"), std::string::npos);
  std::string unary = "package p\nvar x = " + std::string(100000, '!') + "x\n";
  EXPECT_NE(err(unary).find("nesting too deep"), std::string::npos);
  std::string lits = "package p\nvar x = T" + std::string(100000, '{') + "\n";
  EXPECT_NE(err(lits).find("nesting too deep"), std::string::npos);
  std::string types = "package p\nvar x " + std::string(100000, '*') + "int\n";
  EXPECT_NE(err(types).find("nesting too deep"), std::string::npos);
  // moderate nesting is fine
  std::string ok = "package p\nvar x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n";
  EXPECT_EQ(err(ok), "");
  // long flat chains are not nesting
  std::string chain = "package p\nvar x = 1";
  for (int i = 0; i < 50000; i++) chain += " + 1";
  EXPECT_EQ(err(chain + "\n"), "");
}

TEST(SyntaxParserErrors, HostileInputNeverCrashes) {
  const char* inputs[] = {"", "package", "package p\nfunc", "package p\nfunc f(", "package p\ntype T[", "package p\nvar x = []",
                          "package p\nfunc f() { for {", "package p\nfunc f() { switch x.(type) { case", "\x00\xff\xfe",
                          "package p\nvar _ = x.(", "package p\nfunc f() { select { case", "package p\ntype I interface { M(",
                          "package p\nvar _ = func() { if x { } else", "package p\nconst (\nA = iota\nB\n"};
  for (const char* s : inputs) {
    Parsed p = parse(s);
    EXPECT_TRUE(p.file == nullptr || p.errs.empty()) << s;
  }
}

TEST(SyntaxParser, LargeProgramParsesFast) {
  std::string src = "package main\n";
  for (int i = 0; i < 2000; i++) {
    src += "func f" + std::to_string(i) + "(a, b int) (int, error) {\n"
           "\tx := []int{1, 2, 3}\n\tfor i, v := range x {\n\t\tif v > a && i < b {\n\t\t\ta += v * 2\n\t\t}\n\t}\n"
           "\tm := map[string]int{\"k\": a}\n\treturn m[\"k\"] + b, nil\n}\n";
  }
  auto t0 = std::chrono::steady_clock::now();
  Parsed p = parse(src);
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(p.file);
  EXPECT_EQ(p.file->decls.size(), 2000u);
  EXPECT_LT(ms, 3000.0);  // ~20k lines: ~3 ms warm in release; generous for debug/sanitizer builds
}

TEST(SyntaxParser, DumpAst) {
  Parsed p = parse("package p\nvar x = a + 1\n");
  ASSERT_TRUE(p.file);
  EXPECT_EQ(dumpAst(p.file.get()),
            "File p @1:1\n"
            "  GenDecl var @2:1\n"
            "    ValueSpec x iota=0 @2:5\n"
            "      BinaryExpr + @2:9\n"
            "        Ident a @2:9\n"
            "        BasicLit Int 1 @2:13\n");
}

// Every program of the shared conformance corpus must parse, except those
// whose expected `// Error:` block is a syntax error (currently none).
#include <filesystem>
#include <fstream>
#include <sstream>

#ifndef HS_CONFORMANCE_DIR
#define HS_CONFORMANCE_DIR "/work/shared/conformance/yaegi"
#endif

TEST(SyntaxConformance, YaegiCorpusParses) {
  namespace fs = std::filesystem;
  const char* env = std::getenv("HS_CONFORMANCE_DIR");
  fs::path dir = env ? env : HS_CONFORMANCE_DIR;
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no corpus at " << dir;
  int total = 0, ok = 0, expectedSyntaxErrors = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".go") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string src = ss.str();
    size_t errBlock = src.find("// Error:");
    bool wantsSyntaxError = errBlock != std::string::npos &&
                            src.find("syntax error", errBlock) != std::string::npos;
    total++;
    std::vector<SyntaxError> errs;
    std::unique_ptr<File> f = parseFileOwned(src, entry.path().filename().string(), errs);
    if (wantsSyntaxError) {
      expectedSyntaxErrors++;
      EXPECT_EQ(f, nullptr) << entry.path();
    } else {
      EXPECT_NE(f, nullptr) << entry.path() << ":" << (errs.empty() ? 0 : errs[0].line) << ":"
                            << (errs.empty() ? 0 : errs[0].col) << ": "
                            << (errs.empty() ? "" : errs[0].message);
      if (f) ok++;
    }
  }
  EXPECT_GT(total, 0);
  EXPECT_EQ(ok + expectedSyntaxErrors, total);
  std::printf("conformance: %d/%d parsed OK (%d expect a syntax error)\n", ok, total, expectedSyntaxErrors);
}
