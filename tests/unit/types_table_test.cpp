// TypeTable interning, Type::str() (as fmt's %T prints), run-time reps,
// annotations the compiler relies on.
#include <gtest/gtest.h>

#include "types_test_util.h"

using namespace heapscope;
using heapscope::testing_types::check;

TEST(TypeTable, InterningGivesPointerIdentity) {
  TypeTable tt;
  const Type* i = tt.basic(TypeKind::Int);
  EXPECT_EQ(tt.sliceOf(i), tt.sliceOf(i));
  EXPECT_EQ(tt.mapOf(tt.basic(TypeKind::String), i), tt.mapOf(tt.basic(TypeKind::String), i));
  EXPECT_NE(tt.chanOf(i, ChanDir::Send), tt.chanOf(i, ChanDir::Recv));
  EXPECT_EQ(tt.funcOf({i}, {tt.basic(TypeKind::String), tt.errorType()}, false),
            tt.funcOf({i}, {tt.basic(TypeKind::String), tt.errorType()}, false));
  EXPECT_EQ(tt.structOf({{"X", i}}), tt.structOf({{"X", i}}));
}

TEST(TypeTable, StrMatchesPercentT) {
  TypeTable tt;
  const Type* i = tt.basic(TypeKind::Int);
  const Type* s = tt.basic(TypeKind::String);
  Package* mainPkg = tt.newPackage("main", "main");
  Type* T = tt.newNamed("T", mainPkg, nullptr);
  T->underlyingType = tt.structOf({});
  EXPECT_EQ(tt.sliceOf(i)->str(), "[]int");
  EXPECT_EQ(tt.mapOf(s, i)->str(), "map[string]int");
  EXPECT_EQ(tt.pointerTo(T)->str(), "*main.T");
  EXPECT_EQ(tt.pointerTo(T)->str(false), "*T");
  EXPECT_EQ(tt.funcOf({i}, {s, tt.errorType()}, false)->str(), "func(int) (string, error)");
  EXPECT_EQ(tt.funcOf({tt.sliceOf(i)}, {}, true)->str(), "func(...int)");
  EXPECT_EQ(tt.structOf({{"X", i}})->str(), "struct { X int }");
  EXPECT_EQ(tt.anyType()->str(), "interface {}");
  EXPECT_EQ(tt.chanOf(i, ChanDir::Send)->str(), "chan<- int");
  EXPECT_EQ(tt.chanOf(tt.chanOf(i, ChanDir::Recv), ChanDir::Both)->str(), "chan (<-chan int)");
  EXPECT_EQ(tt.arrayOf(tt.basic(TypeKind::Uint8), 4)->str(), "[4]uint8");
  Type* L = tt.newNamed("List", mainPkg, nullptr);
  Type* P = tt.newTypeParam("T", tt.anyType());
  L->typeParams = {P};
  L->underlyingType = tt.structOf({{"items", tt.sliceOf(P)}});
  const Type* li = tt.instantiate(L, {i});
  EXPECT_EQ(li, tt.instantiate(L, {i}));
  EXPECT_EQ(li->str(), "main.List[int]");
  EXPECT_EQ(li->underlying()->fields[0].type, tt.sliceOf(i));
}

TEST(TypeTable, RuntimeRepresentation) {
  TypeTable tt;
  EXPECT_EQ(tt.basic(TypeKind::Float64)->slotKind(), SlotKind::Scalar);
  EXPECT_EQ(tt.basic(TypeKind::String)->slotKind(), SlotKind::Ref);
  EXPECT_EQ(tt.arrayOf(tt.basic(TypeKind::Int), 2)->slotKind(), SlotKind::Value);
  EXPECT_EQ(tt.basic(TypeKind::Uint8)->elemRep(), ElemRep::U8);
  EXPECT_EQ(tt.basic(TypeKind::Bool)->elemRep(), ElemRep::Bool);
  const Type* st = tt.structOf({{"a", tt.basic(TypeKind::Int)}, {"b", tt.basic(TypeKind::String)}, {"c", tt.structOf({})}});
  ASSERT_EQ(st->fieldKinds.size(), 3u);
  EXPECT_EQ(st->fieldKinds[0], SlotKind::Scalar);
  EXPECT_EQ(st->fieldKinds[1], SlotKind::Ref);
  EXPECT_EQ(st->fieldKinds[2], SlotKind::Value);
}

TEST(Annotations, CapturesAddressTakenAndCallKinds) {
  auto r = check(
      "package main\n"
      "type T struct{ n int }\n"
      "func (t *T) Inc() { t.n++ }\n"
      "func main() {\n"
      "\tx := 1\n"
      "\tf := func() int { return x }\n"
      "\tvar t T\n"
      "\tt.Inc()\n"
      "\t_ = f()\n"
      "}\n");
  ASSERT_EQ(r.first(), "");
  Package* mp = r.result.mainPackage;
  ASSERT_NE(mp, nullptr);
  Symbol* mainFn = mp->scope.lookupLocal("main");
  ASSERT_NE(mainFn, nullptr);
  auto* fd = mainFn->decl->as<FuncDecl>();
  // x := 1 ; f := func...
  auto* defF = fd->body->list[1]->as<AssignStmt>();
  auto* lit = defF->rhs[0]->as<FuncLit>();
  ASSERT_EQ(lit->captures.size(), 1u);
  EXPECT_EQ(lit->captures[0]->name, "x");
  EXPECT_TRUE(lit->captures[0]->captured);
  auto* call = fd->body->list[3]->as<ExprStmt>()->x->as<CallExpr>();
  EXPECT_EQ(call->callKind, CallKind::Method);
  auto* sel = call->fun->as<SelectorExpr>();
  EXPECT_TRUE(sel->addrOfRecv);
  EXPECT_EQ(sel->method->qualifiedName(), "main.(*T).Inc");
  Symbol* t = fd->body->list[2]->as<DeclStmt>()->decl->as<GenDecl>()->specs[0]->as<ValueSpec>()->names[0]->symbol;
  EXPECT_TRUE(t->addressTaken);
}

TEST(Annotations, InitOrderAndNatives) {
  auto r = check("package main\nimport \"fmt\"\nvar a = b + 1\nvar b = c\nvar c = 2\nfunc main() { fmt.Println(a) }\n");
  ASSERT_EQ(r.first(), "");
  Package* mp = r.result.mainPackage;
  ASSERT_EQ(mp->initOrder.size(), 3u);
  EXPECT_EQ(mp->initOrder[0]->name, "c");
  EXPECT_EQ(mp->initOrder[1]->name, "b");
  EXPECT_EQ(mp->initOrder[2]->name, "a");
  ASSERT_EQ(r.result.packages.size(), 2u);
  EXPECT_EQ(r.result.packages[0]->path, "fmt");
  Symbol* println = r.result.packages[0]->scope.lookupLocal("Println");
  ASSERT_NE(println, nullptr);
  EXPECT_TRUE(println->isNative);
  EXPECT_EQ(println->qualifiedName(), "fmt.Println");
}

TEST(Annotations, GenericCallRecordsTypeArgs) {
  auto r = check("package main\nfunc Id[T any](x T) T { return x }\nfunc main() { _ = Id(\"s\") }\n");
  ASSERT_EQ(r.first(), "");
  ASSERT_EQ(r.result.funcInstances.size(), 1u);
  EXPECT_EQ(r.result.funcInstances[0].typeArgs[0]->str(), "string");
}
