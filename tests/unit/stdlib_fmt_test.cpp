// Unit tests of the fmt engine (core/stdlib/fmt_printer.h) over real Types
// (TypeTable) and heap objects (Heap), without a VM: methods are never
// called here (Printer(nullptr)); Stringer/error dispatch is covered by the
// Go script tests in tests/go/stdlib. Expected strings were produced by
// Go's fmt for the same values.
#include <gtest/gtest.h>

#include <cmath>

#include "heap/heap.h"
#include "heap/map.h"
#include "heap/type_rep.h"
#include "stdlib/fmt_printer.h"
#include "types/types.h"

namespace heapscope::stdlib {
namespace {

class FmtTest : public ::testing::Test {
 protected:
  TypeTable tt;
  Heap heap;
  Package* mainPkg = tt.newPackage("main", "main");
  std::vector<Object*> keep;  // objects kept alive for the test

  const Type* T(TypeKind k) { return tt.basic(k); }
  GoValue I(int64_t v) { return {T(TypeKind::Int), slotInt(v)}; }
  GoValue F(double v) { return {T(TypeKind::Float64), slotFloat(v)}; }
  GoValue B(bool v) { return {T(TypeKind::Bool), slotInt(v)}; }
  Object* hold(Object* o) {
    heap.incref(o);
    keep.push_back(o);
    return o;
  }
  GoValue S(const std::string& s) {
    return {T(TypeKind::String), slotRef(hold(heap.newString(s, T(TypeKind::String))))};
  }
  GoValue slice(const Type* elem, const std::vector<Slot>& elems, bool nil = false) {
    const Type* st = tt.sliceOf(elem);
    if (nil) return {st, slotNil()};
    ElemRep rep = elem->elemRep();
    ArrayObj* a = heap.newArray(st, rep, rep == ElemRep::Ref ? elem->slotKind() : SlotKind::Scalar,
                                static_cast<int64_t>(elems.size()));
    for (size_t i = 0; i < elems.size(); ++i) {
      if (rep == ElemRep::Ref && elems[i].ref) heap.incref(elems[i].ref);
      storeElem(a, static_cast<int64_t>(i), elems[i]);
    }
    return {st, slotRef(hold(heap.newSlice(st, a, 0, static_cast<int64_t>(elems.size()),
                                           static_cast<int64_t>(elems.size()))))};
  }
  const Type* named(const std::string& name, const Type* underlying) {
    Symbol* sym = tt.newSymbol(SymbolKind::TypeName, name, Pos{});
    Type* t = tt.newNamed(name, mainPkg, sym);
    t->underlyingType = underlying;
    sym->type = t;
    sym->pkg = mainPkg;
    return t;
  }
  StructObj* newStruct(const Type* t, const std::vector<Slot>& fields) {
    const Type* u = t->underlying();
    StructObj* s = heap.newStruct(t, static_cast<uint32_t>(u->fields.size()), nullptr);
    for (size_t i = 0; i < fields.size(); ++i) {
      if (u->fields[i].type->slotKind() == SlotKind::Ref && fields[i].ref) heap.incref(fields[i].ref);
      if (u->fields[i].type->slotKind() == SlotKind::Value) {
        if (fields[i].ref) heap.copyValueInto(s->fields[i].ref, fields[i].ref);
      } else {
        s->fields[i] = fields[i];
      }
    }
    return s;
  }
  GoValue box(const GoValue& v, const Type* iface) {
    bool isRef = v.type->slotKind() != SlotKind::Scalar;
    BoxObj* b = heap.newBox(v.type, v.slot, isRef);
    return {iface, slotRef(hold(b))};
  }

  std::string sprintf(const std::string& f, const std::vector<GoValue>& a) {
    Printer p(nullptr);
    p.doPrintf(f, a);
    return p.buf;
  }
  std::string sprint(const std::vector<GoValue>& a) {
    Printer p(nullptr);
    p.doPrint(a);
    return p.buf;
  }
  std::string sprintln(const std::vector<GoValue>& a) {
    Printer p(nullptr);
    p.doPrintln(a);
    return p.buf;
  }
  void TearDown() override {
    for (Object* o : keep) heap.decref(o);
    heap.drainFrees();
  }
};

TEST_F(FmtTest, IntegerVerbsAndFlags) {
  EXPECT_EQ(sprintf("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%b|%c|%U",
                    {I(42), I(42), I(42), I(42), I(42), I(255), I(255), I(8), I(5), I('G'), I(0x1F600)}),
            "42|   42|42   |00042|+42|ff|FF|10|101|G|U+1F600");
  EXPECT_EQ(sprintf("%#x|%#o|%#b|%O|% d|%x|%.3d|%8.3d|%-8.3d|%08.3d", {I(255), I(8), I(5), I(8), I(5), I(-255), I(7), I(7), I(7), I(7)}),
            "0xff|010|0b101|0o10| 5|-ff|007|     007|007     |     007");
  EXPECT_EQ(sprintf("%.0d|%q|%#U|%+q|%c", {I(0), I('x'), I(0x1F600), I(0xe9), I(0x110000)}),
            "|'x'|U+1F600 '😀'|'\\u00e9'|\xef\xbf\xbd");
  GoValue u8{T(TypeKind::Uint8), slotInt(200)};
  GoValue i8{T(TypeKind::Int8), slotInt(-128)};
  GoValue u64{T(TypeKind::Uint64), slotInt(-1)};
  EXPECT_EQ(sprintf("%v %v %v %x %#v", {u8, i8, u64, u64, u8}), "200 -128 18446744073709551615 ffffffffffffffff 0xc8");
}

TEST_F(FmtTest, FloatsLikeGo) {
  EXPECT_EQ(sprint({F(1.0), S(" "), F(2.5), S(" "), F(1e6), S(" "), F(1e21), S(" "), F(1e20), S(" "),
                    F(123456789.0), S(" "), F(0.000001), S(" "), F(1e-7)}),
            "1 2.5 1e+06 1e+21 1e+20 1.23456789e+08 1e-06 1e-07");
  EXPECT_EQ(sprintln({F(10.0 / 3), {T(TypeKind::Float32), slotFloat(static_cast<float>(10.0f / 3))}, F(3.4028234663852886e+38)}),
            "3.3333333333333335 3.3333333 3.4028234663852886e+38\n");
  EXPECT_EQ(sprintf("%v %.2f %e %g %8.3f|%-8.2f|", {F(3.14159), F(3.14159), F(31415.9), F(0.00001234), F(2.5), F(2.5)}),
            "3.14159 3.14 3.141590e+04 1.234e-05    2.500|2.50    |");
  EXPECT_EQ(sprintf("%6.2f|%-8.3e|%g|%G", {F(3.14159), F(1234.5678), F(1e-10), F(2.5e20)}),
            "  3.14|1.235e+03|1e-10|2.5E+20");
  EXPECT_EQ(sprintf("%08.3f|%+.1e|%v|%v|%v|%5.1f|%+v|% v", {F(-3.14159), F(12345.0), F(HUGE_VAL), F(-HUGE_VAL), F(std::nan("")), F(HUGE_VAL), F(std::nan("")), F(1)}),
            "-003.142|+1.2e+04|+Inf|-Inf|NaN| +Inf|NaN| 1");
  EXPECT_EQ(sprintf("%#g|%#.3g|%#v|%#.0f|%x|%b", {F(1.0), F(2.0), F(1e6), F(3.0), F(1.0), F(1.0)}),
            "1.00000|2.00|1e+06|3.|0x1p+00|4503599627370496p-52");
}

TEST_F(FmtTest, StringsAndBytes) {
  EXPECT_EQ(sprintf("%s|%q|%v|%10s|%-10s|%x", {S("hi"), S("hi"), S("hi"), S("hi"), S("hi"), S("hi")}),
            "hi|\"hi\"|hi|        hi|hi        |6869");
  EXPECT_EQ(sprintf("%.2s|%5.1s|% x|%#x|% #X|%#q|%+q|%q", {S("héllo"), S("héllo"), S("abc"), S("abc"), S("abc"), S("a`b"), S("é"), S("\x01\n")}),
            "hé|    h|61 62 63|0x616263|0X61 0X62 0X63|\"a`b\"|\"\\u00e9\"|\"\\x01\\n\"");
  const Type* byteT = T(TypeKind::Uint8);
  GoValue bs = slice(byteT, {slotInt('h'), slotInt('i')});
  EXPECT_EQ(sprintf("%v|%s|%x|%q|%#v|%d", {bs, bs, bs, bs, bs, bs}), "[104 105]|hi|6869|\"hi\"|[]byte{0x68, 0x69}|[104 105]");
  EXPECT_EQ(sprintf("%#v|%v", {slice(byteT, {}, true), slice(byteT, {}, true)}), "[]byte(nil)|[]");
}

TEST_F(FmtTest, BadVerbsMissingExtra) {
  EXPECT_EQ(sprintf("%d %s", {S("str"), I(5)}), "%!d(string=str) %!s(int=5)");
  EXPECT_EQ(sprintf("%d", {I(1), I(2)}), "1%!(EXTRA int=2)");
  EXPECT_EQ(sprintf("%d %d", {I(1)}), "1 %!d(MISSING)");
  EXPECT_EQ(sprintf("%%|%3c|%-4q|", {I('x'), I('y')}), "%|  x|'y' |");
  EXPECT_EQ(sprintf("%*d|%-*d|", {I(5), I(1), I(4), I(2)}), "    1|2   |");
  EXPECT_EQ(sprintf("%t|%v|%p", {B(true), GoValue{}, GoValue{}}), "true|<nil>|%!p(<nil>)");
  EXPECT_EQ(sprintf("%[2]d %[1]d|%[3]d", {I(1), I(2)}), "2 1|%!d(BADINDEX)");
  EXPECT_EQ(sprintf("%!|%z|%\n", {I(1)}), "%!!(int=1)|%!z(MISSING)|%!\n(MISSING)");
  EXPECT_EQ(sprintf("%!|%z|%", {I(1)}), "%!!(int=1)|%!z(MISSING)|%!(NOVERB)");
  EXPECT_EQ(sprintf("%.*f|%*s", {I(2), F(3.14159), S("x"), S("y")}), "3.14|%!(BADWIDTH)y");
  EXPECT_EQ(sprintf("x", {I(1), S("a"), GoValue{}}), "x%!(EXTRA int=1, string=a, <nil>)");
  EXPECT_EQ(sprintf("%d", {B(true)}), "%!d(bool=true)");
}

TEST_F(FmtTest, MoreVerbsCheckedAgainstGo) {
  const Type* byteT = T(TypeKind::Uint8);
  EXPECT_EQ(sprintf("%#v %x", {GoValue{byteT, slotInt(200)}, slice(byteT, {}, true)}), "0xc8 ");
  EXPECT_EQ(sprintf("%6.2v|%-+8d|%+08d|%x|%X", {F(3.14159), I(5), I(-5), S("h\xc3\xa9llo"), slice(byteT, {slotInt(1), slotInt(171)})}),
            "   3.1|+5      |-0000005|68c3a96c6c6f|01AB");
  EXPECT_EQ(sprintf("%s|%d", {slice(T(TypeKind::String), {S("a").slot}), slice(T(TypeKind::Int8), {slotInt(-1)})}), "[a]|[-1]");
  EXPECT_EQ(sprintf("%t|%5t|%v", {B(false), B(true), GoValue{T(TypeKind::Int32), slotInt('a')}}), "false| true|97");
  EXPECT_EQ(sprintf("%e|%E|%.3g|%g|%g", {F(0.0), F(1e-300), F(123456.0), F(1e-5), F(100000.0)}),
            "0.000000e+00|1.000000E-300|1.23e+05|1e-05|100000");
  const Type* arr2 = tt.arrayOf(byteT, 2);
  ArrayObj* a = heap.newArray(arr2, ElemRep::U8, SlotKind::Scalar, 2);
  storeElem(a, 0, slotInt(65));
  storeElem(a, 1, slotInt(66));
  GoValue av{arr2, slotRef(hold(a))};
  EXPECT_EQ(sprintf("%q|%v|%s", {slice(byteT, {slotInt('h'), slotInt('i')}), av, av}), "\"hi\"|[65 66]|AB");
}

TEST_F(FmtTest, PrintSpacing) {
  EXPECT_EQ(sprint({S("a"), I(1), I(2), S("b"), S("c"), F(3.5), GoValue{}}), "a1 2bc3.5 <nil>");
  EXPECT_EQ(sprintln({S("x"), I(1)}), "x 1\n");
}

TEST_F(FmtTest, StructsSlicesMapsPointers) {
  const Type* P = named("P", tt.structOf({StructField{"X", T(TypeKind::Int)}, StructField{"S", T(TypeKind::String)}}));
  StructObj* p = newStruct(P, {slotInt(1), S("a").slot});
  GoValue pv{P, slotRef(hold(p))};
  EXPECT_EQ(sprintf("%v|%+v|%#v|%T", {pv, pv, pv, pv}), "{1 a}|{X:1 S:a}|main.P{X:1, S:\"a\"}|main.P");
  const Type* ptrP = tt.pointerTo(P);
  GoValue pp{ptrP, slotRef(p)};
  EXPECT_EQ(sprintf("%v|%+v", {pp, pp}), "&{1 a}|&{X:1 S:a}");
  GoValue nilP{ptrP, slotNil()};
  EXPECT_EQ(sprintf("%v|%+v|%#v", {nilP, nilP, nilP}), "<nil>|<nil>|(*main.P)(nil)");

  const Type* strT = T(TypeKind::String);
  GoValue ss = slice(strT, {S("a").slot, S("b").slot});
  EXPECT_EQ(sprintf("%v|%v|%#v|%q", {ss, slice(T(TypeKind::Int), {}, true), slice(T(TypeKind::Int), {slotInt(1)}), ss}),
            "[a b]|[]|[]int{1}|[\"a\" \"b\"]");
  EXPECT_EQ(sprintf("%#v", {slice(T(TypeKind::Int), {}, true)}), "[]int(nil)");

  // Nested pointer prints as an address at depth > 0, &{...} at the top.
  const Type* Inner = named("Inner", tt.structOf({StructField{"A", tt.sliceOf(T(TypeKind::Int))}}));
  const Type* Outer = named("Outer", tt.structOf({StructField{"I", Inner}, StructField{"P", tt.pointerTo(Inner)},
                                                  StructField{"M", tt.mapOf(strT, T(TypeKind::Int))},
                                                  StructField{"E", tt.errorType()}, StructField{"IF", tt.anyType()}}));
  StructObj* inner = newStruct(Inner, {slice(T(TypeKind::Int), {slotInt(1)}).slot});
  MapObj* m = newMap(heap, tt.mapOf(strT, T(TypeKind::Int)));
  m->set(heap, S("z").slot, slotInt(1));
  m->set(heap, S("a").slot, slotInt(2));
  StructObj* outer = newStruct(Outer, {slotRef(inner), slotNil(), slotRef(m), slotNil(), slotNil()});
  GoValue ov{Outer, slotRef(hold(outer))};
  EXPECT_EQ(sprintf("%v\n%+v", {ov, ov}),
            "{{[1]} <nil> map[a:2 z:1] <nil> <nil>}\n{I:{A:[1]} P:<nil> M:map[a:2 z:1] E:<nil> IF:<nil>}");
  heap.decref(hold(inner));
  StructObj* withPtr = newStruct(Outer, {slotNil(), slotRef(inner), slotNil(), slotNil(), slotNil()});
  std::string s = sprintf("%v", {GoValue{Outer, slotRef(hold(withPtr))}});
  EXPECT_EQ(s.substr(0, 10), "{{[]} 0xc0") << s;
  EXPECT_EQ(s.substr(s.size() - 19), " map[] <nil> <nil>}") << s;
  EXPECT_EQ(s.size(), std::string("{{[]} 0xc000000000 map[] <nil> <nil>}").size()) << s;

  // A map held through an interface slot and a boxed int in []any.
  GoValue anyS = slice(tt.anyType(), {box(I(1), tt.anyType()).slot, box(S("x"), tt.anyType()).slot, slotNil()});
  EXPECT_EQ(sprintf("%v|%d|%#v", {anyS, anyS, anyS}), "[1 x <nil>]|[1 %!d(string=x) <nil>]|[]interface {}{1, \"x\", interface {}(nil)}");
}

TEST_F(FmtTest, MapKeyOrder) {
  const Type* ft = T(TypeKind::Float64);
  const Type* mt = tt.mapOf(ft, T(TypeKind::String));
  MapObj* m = newMap(heap, mt);
  m->set(heap, slotFloat(2.5), S("b").slot);
  m->set(heap, slotFloat(std::nan("")), S("n").slot);
  m->set(heap, slotFloat(-1), S("a").slot);
  m->set(heap, slotFloat(HUGE_VAL), S("i").slot);
  GoValue mv{mt, slotRef(hold(m))};
  EXPECT_EQ(sprintf("%v|%#v", {mv, mv}), "map[NaN:n -1:a 2.5:b +Inf:i]|map[float64]string{NaN:\"n\", -1:\"a\", 2.5:\"b\", +Inf:\"i\"}");
  const Type* it = tt.mapOf(T(TypeKind::Int), T(TypeKind::Bool));
  MapObj* mi = newMap(heap, it);
  for (int k : {10, -3, 7, 0}) mi->set(heap, slotInt(k), slotInt(k > 0));
  EXPECT_EQ(sprintf("%v", {GoValue{it, slotRef(hold(mi))}}), "map[-3:false 0:false 7:true 10:true]");
  EXPECT_EQ(sprintf("%v|%#v", {GoValue{it, slotNil()}, GoValue{it, slotNil()}}), "map[]|map[int]bool(nil)");
  const Type* bt = tt.mapOf(T(TypeKind::Bool), T(TypeKind::Int));
  MapObj* mb = newMap(heap, bt);
  mb->set(heap, slotInt(1), slotInt(1));
  mb->set(heap, slotInt(0), slotInt(0));
  EXPECT_EQ(sprintf("%v", {GoValue{bt, slotRef(hold(mb))}}), "map[false:0 true:1]");
}

TEST_F(FmtTest, UnexportedAndArrays) {
  const Type* arrT = tt.arrayOf(T(TypeKind::Int), 3);
  ArrayObj* a = heap.newArray(arrT, ElemRep::I64, SlotKind::Scalar, 3);
  storeElem(a, 1, slotInt(5));
  GoValue av{arrT, slotRef(hold(a))};
  EXPECT_EQ(sprintf("%v|%#v|%T|%x", {av, av, av, av}), "[0 5 0]|[3]int{0, 5, 0}|[3]int|[0 5 0]");
  const Type* boolT = T(TypeKind::Bool);
  const Type* Q = named("q", tt.structOf({StructField{"a", boolT}, StructField{"b", tt.pointerTo(T(TypeKind::Int))}}));
  StructObj* q = newStruct(Q, {slotInt(1), slotNil()});
  GoValue qv{Q, slotRef(hold(q))};
  EXPECT_EQ(sprintf("%v|%+v|%#v", {qv, qv, qv}), "{true <nil>}|{a:true b:<nil>}|main.q{a:true, b:(*int)(nil)}");
}

TEST_F(FmtTest, DeepNestingIsBounded) {
  // []any nested 1000 deep must not overflow the C++ stack.
  GoValue v = slice(tt.anyType(), {});
  for (int i = 0; i < 1000; ++i) v = slice(tt.anyType(), {box(v, tt.anyType()).slot});
  std::string s = sprintf("%v", {v});
  EXPECT_NE(s.find("%!v(DEPTH)"), std::string::npos);
  EXPECT_EQ(s.substr(0, 4), "[[[[");
}

}  // namespace
}  // namespace heapscope::stdlib
