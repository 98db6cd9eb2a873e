// MapObj: Go map semantics for every comparable key kind, deterministic
// insertion-ordered iteration that survives deletes/inserts during range,
// refcounted keys and values, unhashable interface keys.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "heap/heap.h"
#include "heap/map.h"
#include "heap/value_eq.h"
#include "heap_test_util.h"

namespace heapscope {
namespace {
using heaptest::Types;
using heaptest::str;
using heaptest::edgesOf;

struct MapFixture : ::testing::Test {
  Heap h;
  Types ty;
  std::vector<Object*> held;
  MapObj* make(const Type* k, const Type* v) {
    MapObj* m = newMap(h, ty.mapOf(k, v));
    h.incref(m);
    held.push_back(m);
    return m;
  }
  StringObj* s(const std::string& v) { return h.newString(v, ty.stringT()); }
  ~MapFixture() override {
    for (Object* o : held) h.decref(o);
    h.drainFrees();
    EXPECT_EQ(h.stats().liveObjects, 0u) << "everything the maps held was released";
    EXPECT_EQ(h.stats().liveBytes, 0u);
  }
  std::vector<int64_t> intKeys(MapObj* m) {
    std::vector<int64_t> out;
    MapIter it;
    Slot k, v;
    while (m->next(it, &k, &v)) out.push_back(k.i);
    return out;
  }
};

TEST_F(MapFixture, IntKeysSetGetEraseLen) {
  MapObj* m = make(ty.intT(), ty.intT());
  EXPECT_EQ(m->len(), 0);
  bool found = true;
  EXPECT_EQ(m->get(slotInt(1), &found).i, 0);
  EXPECT_FALSE(found);
  for (int i = 0; i < 1000; i++) m->set(h, slotInt(i * 7), slotInt(i));
  EXPECT_EQ(m->len(), 1000);
  EXPECT_EQ(m->get(slotInt(700), &found).i, 100);
  EXPECT_TRUE(found);
  m->set(h, slotInt(700), slotInt(-1));
  EXPECT_EQ(m->len(), 1000);
  EXPECT_EQ(m->get(slotInt(700)).i, -1);
  for (int i = 0; i < 1000; i += 2) m->erase(h, slotInt(i * 7));
  EXPECT_EQ(m->len(), 500);
  EXPECT_EQ(m->find(slotInt(0)), nullptr);
  EXPECT_NE(m->find(slotInt(7)), nullptr);
  m->erase(h, slotInt(123456));  // missing: no-op
  EXPECT_EQ(m->len(), 500);
  Slot* p = m->getOrInsert(h, slotInt(5));
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->i, 0);
  p->i += 3;  // m[5] += 3
  EXPECT_EQ(m->get(slotInt(5)).i, 3);
  EXPECT_EQ(m->len(), 501);
  m->clear(h);
  EXPECT_EQ(m->len(), 0);
  EXPECT_TRUE(intKeys(m).empty());
}

TEST_F(MapFixture, IterationIsInsertionOrdered) {
  MapObj* m = make(ty.intT(), ty.intT());
  std::vector<int64_t> want;
  for (int i = 0; i < 100; i++) {
    int64_t k = (i * 37) % 101;
    m->set(h, slotInt(k), slotInt(i));
    want.push_back(k);
  }
  EXPECT_EQ(intKeys(m), want);
  // Re-setting keeps the position; delete + insert moves to the end.
  m->set(h, slotInt(want[0]), slotInt(5));
  m->erase(h, slotInt(want[1]));
  m->set(h, slotInt(want[1]), slotInt(5));
  std::vector<int64_t> want2(want.begin() + 2, want.end());
  want2.insert(want2.begin(), want[0]);
  want2.push_back(want[1]);
  EXPECT_EQ(intKeys(m), want2);
}

TEST_F(MapFixture, DeleteDuringRange) {
  MapObj* m = make(ty.intT(), ty.intT());
  for (int i = 0; i < 1000; i++) m->set(h, slotInt(i), slotInt(i));
  // delete every key as we see it (Go: for k := range m { delete(m, k) })
  MapIter it;
  Slot k, v;
  int seen = 0;
  while (m->next(it, &k, &v)) {
    m->erase(h, k);
    seen++;
  }
  EXPECT_EQ(seen, 1000);
  EXPECT_EQ(m->len(), 0);
  // deleting entries not yet reached: they are never produced
  for (int i = 0; i < 1000; i++) m->set(h, slotInt(i), slotInt(i));
  MapIter it2;
  std::set<int64_t> got;
  while (m->next(it2, &k, &v)) {
    got.insert(k.i);
    if (k.i % 2 == 0) m->erase(h, slotInt(k.i + 1));
  }
  EXPECT_EQ(got.size(), 500u);
  for (int64_t x : got) EXPECT_EQ(x % 2, 0);
}

TEST_F(MapFixture, InsertDuringRangeSurvivesGrowthAndCompaction) {
  MapObj* m = make(ty.intT(), ty.intT());
  for (int i = 0; i < 64; i++) m->set(h, slotInt(i), slotInt(i));
  for (int i = 0; i < 40; i++) m->erase(h, slotInt(i));  // many dead entries
  MapIter it;
  Slot k, v;
  std::vector<int64_t> seen;
  while (m->next(it, &k, &v)) {
    seen.push_back(k.i);
    if (k.i < 1000) m->set(h, slotInt(k.i + 1000), slotInt(0));  // forces compaction and growth
  }
  // every original key once, in order, then the inserted ones (produced: allowed by Go)
  std::vector<int64_t> want;
  for (int i = 40; i < 64; i++) want.push_back(i);
  for (int i = 40; i < 64; i++) want.push_back(i + 1000);
  EXPECT_EQ(seen, want);
  // clear during range ends it
  MapIter it2;
  ASSERT_TRUE(m->next(it2, &k, &v));
  m->clear(h);
  EXPECT_FALSE(m->next(it2, &k, &v));
}

TEST_F(MapFixture, StringKeysHoldReferencesAndEmptyEqualsNil) {
  MapObj* m = make(ty.stringT(), ty.intT());
  StringObj* a = s("alpha");
  h.incref(a);
  m->set(h, slotRef(a), slotInt(1));
  EXPECT_EQ(a->refcount, 2u);
  StringObj* a2 = s("alpha");
  EXPECT_EQ(m->get(slotRef(a2)).i, 1) << "equal by bytes, not identity";
  m->set(h, slotRef(nullptr), slotInt(7));
  EXPECT_EQ(m->get(slotRef(s(""))).i, 7) << "nullptr is the empty string";
  m->set(h, slotRef(s("")), slotInt(8));
  EXPECT_EQ(m->len(), 2);
  m->erase(h, slotRef(a2));
  EXPECT_EQ(a->refcount, 1u) << "the map released its key reference";
  h.decref(a);
}

TEST_F(MapFixture, FloatKeysZeroAndNaN) {
  MapObj* m = make(ty.float64T(), ty.intT());
  m->set(h, slotFloat(0.0), slotInt(1));
  m->set(h, slotFloat(-0.0), slotInt(2));
  EXPECT_EQ(m->len(), 1) << "+0 == -0";
  EXPECT_EQ(m->get(slotFloat(0.0)).i, 2);
  MapIter it0;
  Slot k, v;
  ASSERT_TRUE(m->next(it0, &k, &v));
  EXPECT_TRUE(std::signbit(k.f)) << "Go overwrites the key: ranging prints -0";
  double nan = std::nan("");
  m->set(h, slotFloat(nan), slotInt(3));
  m->set(h, slotFloat(nan), slotInt(4));
  EXPECT_EQ(m->len(), 3) << "NaN != NaN: every NaN insert is a new entry";
  bool found = true;
  m->get(slotFloat(nan), &found);
  EXPECT_FALSE(found);
  m->erase(h, slotFloat(nan));
  EXPECT_EQ(m->len(), 3);
  int nans = 0;
  MapIter it;
  while (m->next(it, &k, &v)) nans += k.f != k.f;
  EXPECT_EQ(nans, 2);
  m->clear(h);
  EXPECT_EQ(m->len(), 0) << "clear removes NaN keys";
}

TEST_F(MapFixture, SmallIntUintBoolKeys) {
  MapObj* mb = make(ty.boolT(), ty.intT());
  mb->set(h, slotInt(1), slotInt(10));
  mb->set(h, slotInt(0), slotInt(20));
  mb->set(h, slotInt(1), slotInt(30));
  EXPECT_EQ(mb->len(), 2);
  EXPECT_EQ(mb->get(slotInt(1)).i, 30);
  MapObj* m8 = make(ty.basic(TypeKind::Int8), ty.intT());
  m8->set(h, slotInt(-1), slotInt(1));
  EXPECT_EQ(m8->get(slotInt(-1)).i, 1);
  MapObj* mu = make(ty.basic(TypeKind::Uint64), ty.intT());
  Slot big;
  big.u = ~0ull;
  mu->set(h, big, slotInt(5));
  EXPECT_EQ(mu->get(big).i, 5);
  EXPECT_EQ(renderMapKey(ty.basic(TypeKind::Uint64), big), "[18446744073709551615]");
  EXPECT_EQ(renderMapKey(ty.boolT(), slotInt(1)), "[true]");
}

TEST_F(MapFixture, FloatKeysRenderLikeGo) {
  const Type* f64 = ty.float64T();
  EXPECT_EQ(renderMapKey(f64, slotFloat(1e6)), "[1e+06]");
  EXPECT_EQ(renderMapKey(f64, slotFloat(100000)), "[100000]");
  EXPECT_EQ(renderMapKey(f64, slotFloat(1234567)), "[1.234567e+06]");
  EXPECT_EQ(renderMapKey(f64, slotFloat(0.5)), "[0.5]");
  EXPECT_EQ(renderMapKey(f64, slotFloat(1e-05)), "[1e-05]");
  EXPECT_EQ(renderMapKey(f64, slotFloat(0.0001)), "[0.0001]");
  EXPECT_EQ(renderMapKey(f64, slotFloat(-2.5)), "[-2.5]");
  EXPECT_EQ(renderMapKey(f64, slotFloat(0.1)), "[0.1]");
  EXPECT_EQ(renderMapKey(ty.basic(TypeKind::Float32), slotFloat(static_cast<float>(0.1))), "[0.1]");
  EXPECT_EQ(renderMapKey(ty.stringT(), slotRef(s("a\"b\n"))), "[\"a\\\"b\\n\"]");
  h.drainFrees();
}

TEST_F(MapFixture, PointerKeysByLocation) {
  const Type* st = ty.structOf({{"a", ty.intT()}, {"b", ty.intT()}});
  Object* x = h.newZeroValue(st);
  h.incref(x);
  Object* y = h.newZeroValue(st);
  h.incref(y);
  MapObj* m = make(ty.pointerTo(st), ty.intT());
  m->set(h, slotRef(x), slotInt(1));
  m->set(h, slotRef(y), slotInt(2));
  EXPECT_EQ(m->len(), 2);
  EXPECT_EQ(m->get(slotRef(x)).i, 1);
  EXPECT_EQ(x->refcount, 2u);
  // &x.b taken twice gives two PointerObjs that must be the same key
  MapObj* mp = make(ty.pointerTo(ty.intT()), ty.intT());
  PointerObj* p1 = h.newPointer(ty.pointerTo(ty.intT()), x, 1);
  PointerObj* p2 = h.newPointer(ty.pointerTo(ty.intT()), x, 1);
  PointerObj* p3 = h.newPointer(ty.pointerTo(ty.intT()), x, 0);
  mp->set(h, slotRef(p1), slotInt(1));
  mp->set(h, slotRef(p2), slotInt(2));
  mp->set(h, slotRef(p3), slotInt(3));
  EXPECT_EQ(mp->len(), 2);
  EXPECT_EQ(mp->get(slotRef(p1)).i, 2);
  bool unc = false;
  EXPECT_TRUE(valuesEqual(ty.pointerTo(ty.intT()), slotRef(p1), slotRef(p2), &unc));
  EXPECT_FALSE(valuesEqual(ty.pointerTo(ty.intT()), slotRef(p1), slotRef(p3), &unc));
  h.decref(x);
  h.decref(y);
}

TEST_F(MapFixture, InterfaceKeys) {
  const Type* any = ty.any();
  const Type* intT = ty.intT();
  const Type* i64 = ty.basic(TypeKind::Int64);
  MapObj* m = make(any, ty.intT());
  BoxObj* one = h.newBox(intT, slotInt(1), false);
  BoxObj* one64 = h.newBox(i64, slotInt(1), false);
  BoxObj* oneAgain = h.newBox(intT, slotInt(1), false);
  BoxObj* str = h.newBox(ty.stringT(), slotRef(s("k")), true);
  BoxObj* str2 = h.newBox(ty.stringT(), slotRef(s("k")), true);
  EXPECT_TRUE(m->set(h, slotRef(one), slotInt(1)).ok());
  m->set(h, slotRef(one64), slotInt(2));
  m->set(h, slotRef(oneAgain), slotInt(3));
  m->set(h, slotRef(str), slotInt(4));
  m->set(h, slotRef(nullptr), slotInt(5));  // nil interface key
  EXPECT_EQ(m->len(), 4);
  EXPECT_EQ(m->get(slotRef(one)).i, 3);
  EXPECT_EQ(m->get(slotRef(one64)).i, 2);
  EXPECT_EQ(m->get(slotRef(str2)).i, 4);
  EXPECT_EQ(m->get(slotRef(nullptr)).i, 5);
  // unhashable dynamic type: error code, nothing changes
  const Type* sliceInt = ty.sliceOf(intT);
  BoxObj* bad = h.newBox(sliceInt, slotRef(nullptr), true);
  MapStatus st = m->set(h, slotRef(bad), slotInt(9));
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.unhashable, sliceInt);
  EXPECT_EQ(m->len(), 4);
  MapStatus st2;
  EXPECT_EQ(m->find(slotRef(bad), &st2), nullptr);
  EXPECT_EQ(st2.unhashable, sliceInt);
  EXPECT_FALSE(m->erase(h, slotRef(bad)).ok());
  // a struct with a slice field is unhashable as a whole: Go names the struct
  Type* withSlice = ty.named("T", ty.structOf({{"xs", sliceInt}}));
  Object* sv = h.newZeroValue(withSlice);
  BoxObj* bad2 = h.newBox(withSlice, slotRef(sv), true);
  EXPECT_EQ(m->set(h, slotRef(bad2), slotInt(1)).unhashable, withSlice);
  EXPECT_EQ(renderMapKey(any, slotRef(str)), "[\"k\"]");
  h.drainFrees();
}

TEST_F(MapFixture, StructAndArrayKeysAreDeepAndOwned) {
  const Type* pt = ty.structOf({{"name", ty.stringT()}, {"x", ty.intT()}, {"_", ty.intT()}});
  MapObj* m = make(pt, ty.intT());
  auto* k1 = static_cast<StructObj*>(h.newZeroValue(pt));
  h.incref(k1);
  StringObj* nm = s("p");
  h.incref(nm);
  k1->fields[0].ref = nm;
  k1->fields[1].i = 3;
  k1->fields[2].i = 111;  // blank field: ignored by ==
  m->set(h, slotRef(k1), slotInt(1));
  auto* k2 = static_cast<StructObj*>(h.cloneValue(k1));
  h.incref(k2);
  k2->fields[2].i = 222;
  EXPECT_EQ(m->get(slotRef(k2)).i, 1);
  k1->fields[1].i = 4;  // mutating the caller's struct does not change the stored key
  bool found = true;
  m->get(slotRef(k1), &found);
  EXPECT_FALSE(found);
  EXPECT_EQ(m->get(slotRef(k2)).i, 1);
  EXPECT_EQ(edgesOf(m).size(), 1u) << "the owned key object";
  EXPECT_EQ(renderMapKey(pt, slotRef(k2)), "[{\"p\" 3 222}]");

  const Type* at = ty.arrayOf(ty.basic(TypeKind::Uint8), 4);
  MapObj* ma = make(at, ty.intT());
  ArrayObj* a1 = static_cast<ArrayObj*>(h.newZeroValue(at));
  storeElem(a1, 2, slotInt(9));
  ma->set(h, slotRef(a1), slotInt(5));
  ArrayObj* a2 = static_cast<ArrayObj*>(h.newZeroValue(at));
  storeElem(a2, 2, slotInt(9));
  EXPECT_EQ(ma->get(slotRef(a2)).i, 5);
  EXPECT_EQ(ma->get(slotRef(nullptr), &found).i, 0) << "nullptr array reads as zero [4]uint8";
  EXPECT_FALSE(found);
  h.decref(k1);
  h.decref(k2);
  h.drainFrees();
}

TEST_F(MapFixture, StructValuesAreCopied) {
  const Type* pt = ty.structOf({{"name", ty.stringT()}, {"n", ty.intT()}});
  MapObj* m = make(ty.stringT(), pt);
  auto* v = static_cast<StructObj*>(h.newZeroValue(pt));
  h.incref(v);
  v->fields[1].i = 1;
  StringObj* key = s("a");
  m->set(h, slotRef(key), slotRef(v));
  v->fields[1].i = 2;
  auto* stored = static_cast<StructObj*>(m->get(slotRef(key)).ref);
  ASSERT_NE(stored, nullptr);
  EXPECT_NE(stored, v);
  EXPECT_EQ(stored->fields[1].i, 1);
  m->set(h, slotRef(key), slotRef(v));
  EXPECT_EQ(m->get(slotRef(key)).ref, stored) << "assignment copies into the owned value";
  EXPECT_EQ(stored->fields[1].i, 2);
  Slot* z = m->getOrInsert(h, slotRef(s("zero")));
  ASSERT_NE(z, nullptr);
  ASSERT_NE(z->ref, nullptr) << "Value-kind zero is an object";
  EXPECT_EQ(static_cast<StructObj*>(z->ref)->fields[1].i, 0);
  m->set(h, slotRef(s("nil")), slotRef(nullptr));  // a zero struct passed as nullptr
  Object* zv = m->get(slotRef(s("nil"))).ref;
  ASSERT_NE(zv, nullptr) << "stored as a zero object";
  EXPECT_EQ(zv->kind, ObjKind::Struct);
  h.decref(v);
  h.drainFrees();
}

TEST_F(MapFixture, ManyKeysAndChurn) {
  MapObj* m = make(ty.stringT(), ty.intT());
  for (int i = 0; i < 100000; i++) m->set(h, slotRef(s(std::to_string(i))), slotInt(i));
  h.drainFrees();
  EXPECT_EQ(m->len(), 100000);
  EXPECT_EQ(h.stats().liveObjects, 100001u);
  for (int i = 0; i < 100000; i += 3) m->erase(h, slotRef(s(std::to_string(i))));
  h.drainFrees();
  int64_t sum = 0, n = 0;
  MapIter it;
  Slot k, v;
  while (m->next(it, &k, &v)) {
    EXPECT_EQ(std::to_string(v.i), str(k.ref));
    sum += v.i;
    n++;
  }
  EXPECT_EQ(n, m->len());
  EXPECT_EQ(n, 66666);
  int64_t want = 0;
  for (int i = 0; i < 100000; i++)
    if (i % 3) want += i;
  EXPECT_EQ(sum, want);
  EXPECT_GT(m->shallowSize, 100000u * sizeof(MapEntry)) << "table bytes are part of the map's size";
}

}  // namespace
}  // namespace heapscope
