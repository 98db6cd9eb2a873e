// Natives of package sort: fast in-place sorts of []int/[]string/[]float64
// and the reflection-like helpers behind sort.Slice (length of any slice,
// applying a permutation to its elements).
#include <algorithm>
#include <cmath>

#include "stdlib/native_util.h"

namespace heapscope::stdlib {

namespace {

SliceObj* sliceArg(NativeCall& c, int i) {
  auto* s = static_cast<SliceObj*>(c.args[i].ref);
  return s && s->array && s->len > 1 ? s : nullptr;
}

NativeStatus sortInts(NativeCall& c) {
  if (SliceObj* s = sliceArg(c, 0)) {
    auto* p = reinterpret_cast<int64_t*>(s->array->data) + s->offset;
    std::sort(p, p + s->len);
  }
  return NativeStatus::Done;
}

NativeStatus sortFloat64s(NativeCall& c) {
  if (SliceObj* s = sliceArg(c, 0)) {
    auto* p = reinterpret_cast<double*>(s->array->data) + s->offset;
    // Go's order: NaNs first, then ascending.
    std::stable_sort(p, p + s->len, [](double a, double b) { return a < b || (std::isnan(a) && !std::isnan(b)); });
  }
  return NativeStatus::Done;
}

NativeStatus sortStrings(NativeCall& c) {
  if (SliceObj* s = sliceArg(c, 0)) {
    Slot* p = s->array->slots() + s->offset;
    std::stable_sort(p, p + s->len, [](Slot a, Slot b) { return stringOf(a) < stringOf(b); });
  }
  return NativeStatus::Done;
}

// func sliceLen(x any) int: panics like Go's reflect for non-slices.
NativeStatus sliceLen(NativeCall& c) {
  auto* b = static_cast<BoxObj*>(c.args[0].ref);
  const Type* u = b ? underlyingOf(b->dynType) : nullptr;
  if (!u || u->kind != TypeKind::Slice) {
    std::string kind = b ? std::string(b->dynType->str(true)) : "invalid";
    if (u) {
      // reflect reports the kind name
      switch (u->kind) {
        case TypeKind::Array: kind = "array"; break;
        case TypeKind::Map: kind = "map"; break;
        case TypeKind::Struct: kind = "struct"; break;
        case TypeKind::Pointer: kind = "ptr"; break;
        case TypeKind::String: kind = "string"; break;
        case TypeKind::Int: kind = "int"; break;
        default: break;
      }
    }
    return panicString(c, "reflect: call of Swapper on " + kind + " Value");
  }
  auto* s = static_cast<SliceObj*>(b->payload.ref);
  retInt(c, 0, s ? s->len : 0);
  return NativeStatus::Done;
}

// func permute(x any, perm []int): x[i] = old x[perm[i]].
NativeStatus permute(NativeCall& c) {
  auto* b = static_cast<BoxObj*>(c.args[0].ref);
  auto* s = b ? static_cast<SliceObj*>(b->payload.ref) : nullptr;
  auto* ps = static_cast<SliceObj*>(c.args[1].ref);
  if (!s || !s->array || !ps || !ps->array) return NativeStatus::Done;
  ArrayObj* a = s->array;
  int64_t n = s->len;
  std::vector<Slot> old(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) old[i] = loadElem(a, s->offset + i);
  Heap& h = c.vm.heap();
  if (a->elemKind == SlotKind::Value) {
    // Value elements are owned objects that pointers may alias: move
    // contents, not identities.
    std::vector<Object*> clones(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) { clones[i] = h.cloneValue(old[i].ref); h.incref(clones[i]); }
    for (int64_t i = 0; i < n; ++i) {
      int64_t from = loadElem(ps->array, ps->offset + i).i;
      h.copyValueInto(old[i].ref, clones[from]);
    }
    for (Object* o : clones) h.decref(o);
    return NativeStatus::Done;
  }
  // Scalars and counted references: a permutation keeps every count.
  for (int64_t i = 0; i < n; ++i) {
    int64_t from = loadElem(ps->array, ps->offset + i).i;
    storeElem(a, s->offset + i, old[static_cast<size_t>(from)]);
  }
  return NativeStatus::Done;
}

}  // namespace

void registerSortNatives(NativeRegistry& r) {
  static constexpr NativeDef kNatives[] = {
      {"sort.Ints", sortInts},
      {"sort.Float64s", sortFloat64s},
      {"sort.Strings", sortStrings},
      {"sort.sliceLen", sliceLen},
      {"sort.permute", permute},
  };
  r.add(kNatives);
}

}  // namespace heapscope::stdlib
