// Value-type objects: zero values, deep copies (cloneValue), copy-into
// assignment (copyValueInto), zeroing, and Go == / hashing by static type.
#include <gtest/gtest.h>

#include <cmath>

#include "heap/heap.h"
#include "heap/value_eq.h"
#include "heap_test_util.h"

namespace heapscope {
namespace {
using heaptest::Types;
using heaptest::str;

struct Nested {
  Types ty;
  const Type* inner;  // struct{ tag string; vals [3]int }
  const Type* outer;  // struct{ name string; in inner; arr [2]inner; p *int; n int }
  Nested() {
    inner = ty.named("Inner", ty.structOf({{"tag", ty.stringT()}, {"vals", ty.arrayOf(ty.intT(), 3)}}));
    outer = ty.named("Outer", ty.structOf({{"name", ty.stringT()},
                                           {"in", inner},
                                           {"arr", ty.arrayOf(inner, 2)},
                                           {"p", ty.pointerTo(ty.intT())},
                                           {"n", ty.intT()}}));
  }
};

StructObj* field(StructObj* s, int i) { return static_cast<StructObj*>(s->fields[i].ref); }

TEST(HeapValue, ZeroValueHasNestedObjects) {
  Heap h;
  Nested t;
  auto* o = static_cast<StructObj*>(h.newZeroValue(t.outer));
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->nfields, 5u);
  EXPECT_EQ(o->fields[0].ref, nullptr);
  StructObj* in = field(o, 1);
  ASSERT_NE(in, nullptr);
  EXPECT_EQ(in->refcount, 1u) << "owned by its field";
  auto* vals = static_cast<ArrayObj*>(in->fields[1].ref);
  ASSERT_NE(vals, nullptr);
  EXPECT_EQ(vals->rep, ElemRep::I64);
  EXPECT_EQ(vals->len, 3);
  auto* arr = static_cast<ArrayObj*>(o->fields[2].ref);
  ASSERT_NE(arr, nullptr);
  EXPECT_EQ(arr->elemKind, SlotKind::Value);
  EXPECT_NE(arr->slots()[0].ref, nullptr);
  EXPECT_NE(arr->slots()[1].ref, nullptr);
  // outer, in, in.vals, arr, arr[0], arr[0].vals, arr[1], arr[1].vals
  EXPECT_EQ(h.stats().liveObjects, 8u);
  EXPECT_EQ(h.newZeroValue(t.ty.intT()), nullptr);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

TEST(HeapValue, CloneIsDeepAndSharesImmutables) {
  Heap h;
  Nested t;
  auto* o = static_cast<StructObj*>(h.newZeroValue(t.outer));
  h.incref(o);
  StringObj* nm = h.newString("outer", t.ty.stringT());
  h.incref(nm);
  o->fields[0].ref = nm;
  CellObj* target = h.newCell(t.ty.intT(), SlotKind::Scalar);
  h.incref(target);
  o->fields[3].ref = target;
  o->fields[4].i = 7;
  storeElem(static_cast<ArrayObj*>(field(o, 1)->fields[1].ref), 2, slotInt(42));
  auto* clone = static_cast<StructObj*>(h.cloneValue(o));
  h.incref(clone);
  EXPECT_NE(clone, o);
  EXPECT_EQ(clone->fields[0].ref, nm) << "strings are shared";
  EXPECT_EQ(nm->refcount, 2u);
  EXPECT_EQ(clone->fields[3].ref, target) << "pointers are shared";
  EXPECT_EQ(target->refcount, 2u);
  EXPECT_EQ(clone->fields[4].i, 7);
  EXPECT_NE(field(clone, 1), field(o, 1)) << "nested struct copied";
  auto* cvals = static_cast<ArrayObj*>(field(clone, 1)->fields[1].ref);
  EXPECT_EQ(loadElem(cvals, 2).i, 42);
  storeElem(cvals, 2, slotInt(1));
  EXPECT_EQ(loadElem(static_cast<ArrayObj*>(field(o, 1)->fields[1].ref), 2).i, 42) << "independent";
  bool unc = false;
  storeElem(cvals, 2, slotInt(42));
  EXPECT_TRUE(valuesEqual(t.outer, slotRef(o), slotRef(clone), &unc));
  EXPECT_EQ(hashValue(t.outer, slotRef(o)), hashValue(t.outer, slotRef(clone)));
  clone->fields[4].i = 8;
  EXPECT_FALSE(valuesEqual(t.outer, slotRef(o), slotRef(clone), &unc));
  EXPECT_EQ(h.stats().liveObjects, 18u);  // 8 + 8 value objects, string, cell
  h.decref(clone);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 10u);
  EXPECT_EQ(nm->refcount, 1u);
  h.decref(o);  // o's fields held the only references to nm and target
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

TEST(HeapValue, CopyIntoKeepsIdentityAndReleasesOldRefs) {
  Heap h;
  Nested t;
  auto* a = static_cast<StructObj*>(h.newZeroValue(t.outer));
  auto* b = static_cast<StructObj*>(h.newZeroValue(t.outer));
  h.incref(a);
  h.incref(b);
  StringObj* old = h.newString("old", t.ty.stringT());
  h.incref(old);
  a->fields[0].ref = old;
  StringObj* nw = h.newString("new", t.ty.stringT());
  h.incref(nw);
  b->fields[0].ref = nw;
  b->fields[4].i = 5;
  StringObj* tag = h.newString("tag", t.ty.stringT());
  h.incref(tag);
  field(b, 1)->fields[0].ref = tag;
  StructObj* aIn = field(a, 1);
  h.drainFrees();
  h.copyValueInto(a, b);  // a = b
  EXPECT_EQ(field(a, 1), aIn) << "nested objects keep their identity (&a.in stays valid)";
  EXPECT_EQ(a->fields[0].ref, nw);
  EXPECT_EQ(nw->refcount, 2u);
  EXPECT_EQ(a->fields[4].i, 5);
  EXPECT_EQ(str(aIn->fields[0].ref), "tag");
  EXPECT_EQ(tag->refcount, 2u);
  EXPECT_EQ(old->refcount, 0u) << "old value released (freed at the next drain)";
  h.drainFrees();
  // a = Outer{}
  h.copyValueInto(a, nullptr);
  EXPECT_EQ(a->fields[0].ref, nullptr);
  EXPECT_EQ(aIn->fields[0].ref, nullptr);
  EXPECT_EQ(a->fields[4].i, 0);
  EXPECT_EQ(field(a, 1), aIn);
  h.copyValueInto(a, a);  // self-assignment is a no-op
  h.decref(a);
  h.decref(b);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

TEST(HeapValue, PackedArrayCloneCopiesBytes) {
  Heap h;
  Types ty;
  const Type* at = ty.arrayOf(ty.float64T(), 4);
  auto* a = static_cast<ArrayObj*>(h.newZeroValue(at));
  storeElem(a, 0, slotFloat(-0.0));
  storeElem(a, 1, slotFloat(2.5));
  auto* c = static_cast<ArrayObj*>(h.cloneValue(a));
  EXPECT_EQ(loadElem(c, 1).f, 2.5);
  bool unc = false;
  EXPECT_TRUE(valuesEqual(at, slotRef(a), slotRef(c), &unc));
  storeElem(c, 0, slotFloat(0.0));
  EXPECT_TRUE(valuesEqual(at, slotRef(a), slotRef(c), &unc)) << "-0 == +0 element-wise";
  EXPECT_EQ(hashValue(at, slotRef(a)), hashValue(at, slotRef(c)));
  storeElem(c, 2, slotFloat(std::nan("")));
  storeElem(a, 2, slotFloat(std::nan("")));
  EXPECT_FALSE(valuesEqual(at, slotRef(a), slotRef(c), &unc)) << "NaN elements make arrays unequal";
  h.drainFrees();
}

TEST(HeapValue, InterfaceEquality) {
  Heap h;
  Types ty;
  const Type* any = ty.any();
  const Type* st = ty.named("P", ty.structOf({{"x", ty.intT()}}));
  Object* s1 = h.newZeroValue(st);
  Object* s2 = h.newZeroValue(st);
  static_cast<StructObj*>(s1)->fields[0].i = 3;
  static_cast<StructObj*>(s2)->fields[0].i = 3;
  BoxObj* b1 = h.newBox(st, slotRef(s1), true);
  BoxObj* b2 = h.newBox(st, slotRef(s2), true);
  bool unc = true;
  EXPECT_TRUE(valuesEqual(any, slotRef(b1), slotRef(b2), &unc));
  EXPECT_FALSE(unc);
  EXPECT_EQ(hashValue(any, slotRef(b1)), hashValue(any, slotRef(b2)));
  EXPECT_FALSE(valuesEqual(any, slotRef(b1), slotRef(nullptr), &unc));
  EXPECT_TRUE(valuesEqual(any, slotRef(nullptr), slotRef(nullptr), &unc));
  const Type* fnT = ty.funcT();
  BoxObj* f1 = h.newBox(fnT, slotRef(nullptr), true);
  BoxObj* f2 = h.newBox(fnT, slotRef(nullptr), true);
  const Type* bad = nullptr;
  EXPECT_FALSE(valuesEqual(any, slotRef(f1), slotRef(f2), &unc, &bad));
  EXPECT_TRUE(unc) << "runtime error: comparing uncomparable type func()";
  EXPECT_EQ(bad, fnT);
  unc = false;
  EXPECT_FALSE(valuesEqual(any, slotRef(f1), slotRef(f1), &unc));
  EXPECT_TRUE(unc) << "even the same interface value panics";
  bool unhashable = false;
  hashValue(any, slotRef(f1), &unhashable, &bad);
  EXPECT_TRUE(unhashable);
  // different dynamic types compare unequal without panicking (Go semantics)
  BoxObj* i1 = h.newBox(ty.intT(), slotInt(1), false);
  EXPECT_FALSE(valuesEqual(any, slotRef(f1), slotRef(i1), &unc));
  EXPECT_FALSE(unc);
  // deep: a chain of 100000 nested interface boxes compares without recursion
  Type* node = ty.named("N");
  node->underlyingType = ty.structOf({{"next", any}, {"v", ty.intT()}});
  Object* ca = nullptr;
  Object* cb = nullptr;
  for (int i = 0; i < 100000; i++) {
    auto* na = static_cast<StructObj*>(h.newZeroValue(node));
    auto* nb = static_cast<StructObj*>(h.newZeroValue(node));
    na->fields[1].i = nb->fields[1].i = i;
    if (ca) {
      na->fields[0].ref = h.newBox(node, slotRef(ca), true);
      nb->fields[0].ref = h.newBox(node, slotRef(cb), true);
      h.incref(na->fields[0].ref);
      h.incref(nb->fields[0].ref);
      h.decref(ca);
      h.decref(cb);
    }
    h.incref(na);
    h.incref(nb);
    ca = na;
    cb = nb;
  }
  EXPECT_TRUE(valuesEqual(node, slotRef(ca), slotRef(cb), &unc));
  EXPECT_EQ(hashValue(node, slotRef(ca)), hashValue(node, slotRef(cb)));
  h.decref(ca);
  h.decref(cb);
  h.drainFrees();
  EXPECT_EQ(h.stats().liveObjects, 0u);
}

TEST(HeapValue, StringAndScalarEquality) {
  Heap h;
  Types ty;
  bool unc = false;
  EXPECT_TRUE(valuesEqual(ty.stringT(), slotRef(nullptr), slotRef(h.newString("", ty.stringT())), &unc));
  EXPECT_FALSE(valuesEqual(ty.stringT(), slotRef(h.newString("a", ty.stringT())), slotRef(h.newString("b", ty.stringT())), &unc));
  EXPECT_TRUE(valuesEqual(ty.float64T(), slotFloat(0.0), slotFloat(-0.0), &unc));
  EXPECT_FALSE(valuesEqual(ty.float64T(), slotFloat(std::nan("")), slotFloat(std::nan("")), &unc));
  EXPECT_EQ(hashValue(ty.float64T(), slotFloat(0.0)), hashValue(ty.float64T(), slotFloat(-0.0)));
  EXPECT_TRUE(valuesEqual(ty.intT(), slotInt(-5), slotInt(-5), &unc));
  h.drainFrees();
}

}  // namespace
}  // namespace heapscope
