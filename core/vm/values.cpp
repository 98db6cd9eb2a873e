// Slice, string and value helpers of the VM: make, slicing with Go's bounds
// messages, append with Go's growth rule, copy, zero values.
#include <cstring>

#include "types/types.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace heapscope {

std::string fmtIndex(int64_t i, int64_t len) {
  // Go's boundsError omits the length for a negative index
  if (i < 0) return "index out of range [" + std::to_string(i) + "]";
  return "index out of range [" + std::to_string(i) + "] with length " + std::to_string(len);
}

Object* Vm::zeroValue(const Type* t) { return heap_.newZeroValue(t); }

StringObj* Vm::makeString(std::string_view s) { return heap_.newString(s, stringType_); }

static SlotKind elemKindOf(const Type* et) {
  SlotKind k = et->slotKind();
  return k;
}

Object* Vm::makeSlice(const Type* st, int64_t len, int64_t cap) {
  const Type* et = st->underlying()->elem;
  SlotKind k = elemKindOf(et);
  ArrayObj* arr = heap_.newArray(st, et->elemRep(), k, cap);
  if (!arr) return nullptr;
  if (k == SlotKind::Value) {
    for (int64_t i = 0; i < cap; i++) {
      if (!arr->slots()[i].ref) {
        Object* z = heap_.newZeroValue(et);
        heap_.incref(z);
        arr->slots()[i].ref = z;
      }
    }
  }
  return heap_.newSlice(st, arr, 0, len, cap);
}

void Vm::storeOwnedElem(ArrayObj* arr, int64_t i, Slot v) {
  if (arr->elemKind == SlotKind::Scalar) {
    storeElem(arr, i, v);
  } else if (arr->elemKind == SlotKind::Ref) {
    heap_.incref(v.ref);
    Object* old = arr->slots()[i].ref;
    arr->slots()[i].ref = v.ref;
    if (old) heap_.decref(old);
  } else {
    Object* dst = arr->slots()[i].ref;
    if (dst) {
      if (dst != v.ref) heap_.copyValueInto(dst, v.ref);
    } else {
      Object* c = heap_.cloneValue(v.ref);
      heap_.incref(c);
      arr->slots()[i].ref = c;
    }
  }
}

bool Vm::sliceOp(const Type* rt, Object* x, int64_t lo, int64_t hi, int64_t max, bool hasHi, bool hasMax,
                 Object** out, std::string* err) {
  // x: string, slice, or array (for arrays the result shares the array object)
  auto bad = [&](const std::string& m) {
    *err = "slice bounds out of range " + m;
    return false;
  };
  auto str = [](int64_t v) { return std::to_string(v); };
  // Go's order: max, then hi, then lo; a negative index fails its own check
  // and is reported alone ([:-2], [-2:], [::-1]).
  if (rt->underlying()->kind == TypeKind::String) {
    int64_t n = strLen(x);
    if (!hasHi) hi = n;
    if (hi < 0) return bad("[:" + str(hi) + "]");
    if (hi > n) return bad("[:" + str(hi) + "] with length " + str(n));
    if (lo < 0) return bad("[" + str(lo) + ":]");
    if (lo > hi) return bad("[" + str(lo) + ":" + str(hi) + "]");
    if (lo == 0 && hi == n) { *out = x; return true; }
    *out = hi > lo ? static_cast<Object*>(makeString(std::string_view(strData(x) + lo, hi - lo))) : nullptr;
    return true;
  }
  ArrayObj* arr;
  int64_t off, len, cap;
  if (x && x->kind == ObjKind::Array) {
    arr = static_cast<ArrayObj*>(x);
    off = 0;
    len = cap = arr->len;
  } else {
    auto* s = static_cast<SliceObj*>(x);
    arr = s ? s->array : nullptr;
    off = s ? s->offset : 0;
    len = s ? s->len : 0;
    cap = s ? s->cap : 0;
  }
  bool isArray = x && x->kind == ObjKind::Array;
  const char* what = isArray ? "length" : "capacity";
  if (hasMax) {
    if (max < 0) return bad("[::" + str(max) + "]");
    if (max > cap) return bad("[::" + str(max) + "] with " + what + " " + str(cap));
    if (!hasHi) hi = len;
    if (hi < 0) return bad("[:" + str(hi) + ":]");
    if (hi > max) return bad("[:" + str(hi) + ":" + str(max) + "]");
    if (lo < 0) return bad("[" + str(lo) + "::]");
    if (lo > hi) return bad("[" + str(lo) + ":" + str(hi) + ":]");
  } else {
    max = cap;
    if (!hasHi) hi = len;
    if (hi < 0) return bad("[:" + str(hi) + "]");
    if (hi > cap) return bad("[:" + str(hi) + "] with " + what + " " + str(cap));
    if (lo < 0) return bad("[" + str(lo) + ":]");
    if (lo > hi) return bad("[" + str(lo) + ":" + str(hi) + "]");
  }
  if (!arr && !x) {  // nil slice [0:0]
    *out = nullptr;
    return true;
  }
  int64_t ncap = max - lo;
  *out = heap_.newSlice(rt, ncap > 0 || arr ? arr : nullptr, off + lo, hi - lo, ncap);
  return *out != nullptr || heap_.outOfMemory ? *out != nullptr : true;
}

Object* Vm::appendValues(const Type* st, Object* so, const Slot* vals, int64_t n) {
  auto* s = static_cast<SliceObj*>(so);
  int64_t len = s ? s->len : 0, cap = s ? s->cap : 0;
  if (n == 0) return so;
  const Type* et = st->underlying()->elem;
  int64_t newLen = len + n;
  ArrayObj* arr;
  int64_t off;
  if (newLen <= cap) {
    arr = s->array;
    off = s->offset;
  } else {
    // zero-size elements: Go's growslice gives exactly the length asked for
    const int64_t elemSize = goSizeof(et);
    int64_t ncap = elemSize ? growCap(cap, newLen, elemSize) : newLen;
    SlotKind k = elemKindOf(et);
    arr = heap_.newArray(st, et->elemRep(), k, ncap);
    if (!arr) return nullptr;
    off = 0;
    for (int64_t i = 0; i < len; i++) storeOwnedElem(arr, i, loadElem(s->array, s->offset + i));
    if (k == SlotKind::Value)
      for (int64_t i = len; i < ncap; i++) {
        if (!arr->slots()[i].ref) {
          Object* z = heap_.newZeroValue(et);
          heap_.incref(z);
          arr->slots()[i].ref = z;
        }
      }
    cap = ncap;
  }
  // vals may alias elements of arr (append(s, s[0])): read before writing is
  // safe because the registers hold their own references.
  for (int64_t i = 0; i < n; i++) storeOwnedElem(arr, off + len + i, vals[i]);
  return heap_.newSlice(st, arr, off, newLen, s && arr == s->array ? s->cap : cap);
}

Object* Vm::appendSlice(const Type* st, Object* so, SliceObj* src) {
  if (!src || src->len == 0) {
    return so;
  }
  std::vector<Slot> tmp(static_cast<size_t>(src->len));
  for (int64_t i = 0; i < src->len; i++) tmp[i] = loadElem(src->array, src->offset + i);
  // Keep referenced elements alive across reallocation (they are borrowed).
  return appendValues(st, so, tmp.data(), src->len);
}

int64_t Vm::copySlice(Object* dsto, Object* srco) {
  auto* d = static_cast<SliceObj*>(dsto);
  if (!d || !srco) return 0;
  if (srco->kind == ObjKind::String) {
    int64_t n = std::min<int64_t>(d->len, strLen(srco));
    std::memcpy(d->array->data + d->offset, strData(srco), n);
    return n;
  }
  auto* s = static_cast<SliceObj*>(srco);
  int64_t n = std::min(d->len, s->len);
  if (n == 0) return 0;
  if (d->array->elemKind == SlotKind::Scalar) {
    size_t es = elemRepSize(d->array->rep);
    std::memmove(d->array->data + (d->offset) * es, s->array->data + s->offset * es, n * es);
    return n;
  }
  // overlapping ranges: copy in the safe direction
  if (d->array == s->array && d->offset > s->offset) {
    for (int64_t i = n - 1; i >= 0; i--) storeOwnedElem(d->array, d->offset + i, loadElem(s->array, s->offset + i));
  } else {
    for (int64_t i = 0; i < n; i++) storeOwnedElem(d->array, d->offset + i, loadElem(s->array, s->offset + i));
  }
  return n;
}

void Vm::clearSlice(SliceObj* s) {
  if (!s) return;
  for (int64_t i = 0; i < s->len; i++) {
    ArrayObj* a = s->array;
    if (a->elemKind == SlotKind::Scalar) storeElem(a, s->offset + i, slotNil());
    else if (a->elemKind == SlotKind::Ref) {
      Object* o = a->slots()[s->offset + i].ref;
      a->slots()[s->offset + i].ref = nullptr;
      if (o) heap_.decref(o);
    } else {
      heap_.zeroValueInto(a->slots()[s->offset + i].ref);
    }
  }
}

}  // namespace heapscope
