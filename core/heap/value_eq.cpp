// Equality and hashing of Go values by static type (see value_eq.h).
#include "heap/value_eq.h"

#include <cmath>
#include <cstring>
#include <vector>

#include "heap/heap_internal.h"
#include "heap/type_rep.h"

namespace heapscope {

namespace {

struct Item { const Type* t; Slot a; Slot b; };

inline Slot fieldOrZero(Object* o, uint32_t i) {
  if (!o || o->kind != ObjKind::Struct) return slotNil();
  auto* s = static_cast<StructObj*>(o);
  return i < s->nfields ? s->fields[i] : slotNil();
}

inline Slot elemOrZero(Object* o, int64_t i) {
  if (!o || o->kind != ObjKind::Array) return slotNil();
  auto* a = static_cast<ArrayObj*>(o);
  return i < a->len ? loadElem(a, i) : slotNil();
}

inline bool stringsEqual(Object* a, Object* b) {
  if (a == b) return true;
  int64_t la = a ? static_cast<StringObj*>(a)->len : 0;
  int64_t lb = b ? static_cast<StringObj*>(b)->len : 0;
  if (la != lb) return false;
  if (la == 0) return true;
  return std::memcmp(static_cast<StringObj*>(a)->data, static_cast<StringObj*>(b)->data, static_cast<size_t>(la)) == 0;
}

bool isFloatKind(TypeKind k) {
  return k == TypeKind::Float32 || k == TypeKind::Float64 || k == TypeKind::UntypedFloat;
}

bool isRefIdentityKind(TypeKind k) {
  return k == TypeKind::Chan || k == TypeKind::Map || k == TypeKind::Func ||
         k == TypeKind::Slice || k == TypeKind::UnsafePointer || k == TypeKind::UntypedNil;
}

inline uint64_t mix(uint64_t h, uint64_t x) {
  h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  h *= 0xff51afd7ed558ccdull;
  return h ^ (h >> 32);
}

uint64_t hashBytes(const char* p, size_t n) {
  uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a, then a final mix
  for (size_t i = 0; i < n; i++) {
    h ^= static_cast<unsigned char>(p[i]);
    h *= 0x100000001b3ull;
  }
  return mix(h, n);
}

uint64_t nanCounter = 0x51ed2701;

uint64_t hashFloat(double f) {
  if (f == 0) return mix(0, 0x2b);  // +0 and -0
  if (f != f) return mix(++nanCounter, 0x7ff8);
  uint64_t bits;
  std::memcpy(&bits, &f, 8);
  return mix(bits, 0x3f);
}

}  // namespace

PointerTarget pointerTarget(Object* p) {
  if (!p || p->kind != ObjKind::Pointer) return {p, -1};
  auto* po = static_cast<PointerObj*>(p);
  Object* base = po->base;
  if (!base) return {nullptr, -1};
  if (base->kind == ObjKind::Cell) return {base, -1};
  if (base->kind == ObjKind::Struct) {
    auto* s = static_cast<StructObj*>(base);
    if (po->index < s->nfields && s->fieldKinds && s->fieldKinds[po->index] == SlotKind::Value)
      return {s->fields[po->index].ref, -1};
  } else if (base->kind == ObjKind::Array) {
    auto* a = static_cast<ArrayObj*>(base);
    if (a->elemKind == SlotKind::Value && po->index < a->len) return {a->slots()[po->index].ref, -1};
  }
  return {base, po->index};
}

bool valuesEqual(const Type* t, Slot a, Slot b, bool* uncomparable, const Type** badType) {
  if (uncomparable) *uncomparable = false;
  Worklist<Item, 16> work({t, a, b});
  while (!work.empty()) {
    Item it = work.pop();
    const Type* u = underlyingOf(it.t);
    if (!u) {
      if (it.a.u != it.b.u) return false;
      continue;
    }
    TypeKind k = u->kind;
    if (isFloatKind(k)) {
      if (!(it.a.f == it.b.f)) return false;
      continue;
    }
    switch (k) {
      case TypeKind::String: case TypeKind::UntypedString:
        if (!stringsEqual(it.a.ref, it.b.ref)) return false;
        continue;
      case TypeKind::Pointer: {
        if (it.a.ref == it.b.ref) continue;
        PointerTarget pa = pointerTarget(it.a.ref), pb = pointerTarget(it.b.ref);
        if (pa.base != pb.base || pa.index != pb.index) return false;
        continue;
      }
      case TypeKind::Interface: {
        Object* x = it.a.ref;
        Object* y = it.b.ref;
        if (!x || !y) {
          if (x != y) return false;
          continue;
        }
        // Even x == y goes through the dynamic type check: Go panics on
        // comparing an interface holding a func with itself.
        auto* bx = static_cast<BoxObj*>(x);
        auto* by = static_cast<BoxObj*>(y);
        if (bx->dynType != by->dynType) return false;
        if (uncomparablePart(bx->dynType)) {
          if (uncomparable) *uncomparable = true;
          if (badType) *badType = bx->dynType;
          return false;
        }
        if (x != y || !equalIfIdentical(bx->dynType)) work.push({bx->dynType, bx->payload, by->payload});
        continue;
      }
      case TypeKind::Struct: {
        Object* x = it.a.ref;
        Object* y = it.b.ref;
        if (x == y && x && equalIfIdentical(u)) continue;  // one object: equal unless NaN or interfaces inside
        for (size_t i = u->fields.size(); i-- > 0;) {
          if (u->fields[i].name == "_") continue;
          work.push({u->fields[i].type, fieldOrZero(x, static_cast<uint32_t>(i)), fieldOrZero(y, static_cast<uint32_t>(i))});
        }
        continue;
      }
      case TypeKind::Array: {
        Object* x = it.a.ref;
        Object* y = it.b.ref;
        if (x == y && x && equalIfIdentical(u)) continue;  // one object: equal unless NaN or interfaces inside
        const Type* eu = underlyingOf(u->elem);
        ElemRep rep = elemRepOf(u->elem);
        if (rep != ElemRep::Ref && !(eu && isFloatKind(eu->kind)) && x && y &&
            static_cast<ArrayObj*>(x)->len == static_cast<ArrayObj*>(y)->len) {
          auto* ax = static_cast<ArrayObj*>(x);
          auto* ay = static_cast<ArrayObj*>(y);
          if (std::memcmp(ax->data, ay->data, static_cast<size_t>(ax->len) * elemRepSize(rep)) != 0) return false;
          continue;
        }
        for (int64_t i = u->len; i-- > 0;) work.push({u->elem, elemOrZero(x, i), elemOrZero(y, i)});
        continue;
      }
      default:
        if (isRefIdentityKind(k)) {
          if (it.a.ref != it.b.ref) return false;
        } else if (it.a.u != it.b.u) {
          return false;
        }
        continue;
    }
  }
  return true;
}

uint64_t hashValue(const Type* t, Slot v, bool* unhashable, const Type** badType) {
  if (unhashable) *unhashable = false;
  uint64_t h = 0x243f6a8885a308d3ull;
  struct HItem { const Type* t; Slot v; };
  Worklist<HItem, 16> work({t, v});
  while (!work.empty()) {
    HItem it = work.pop();
    const Type* u = underlyingOf(it.t);
    TypeKind k = u ? u->kind : TypeKind::Invalid;
    if (isFloatKind(k)) {
      h = mix(h, hashFloat(it.v.f));
      continue;
    }
    switch (k) {
      case TypeKind::String: case TypeKind::UntypedString: {
        auto* s = static_cast<StringObj*>(it.v.ref);
        h = mix(h, s ? hashBytes(s->data, static_cast<size_t>(s->len)) : hashBytes("", 0));
        continue;
      }
      case TypeKind::Pointer: {
        PointerTarget p = pointerTarget(it.v.ref);
        h = mix(h, reinterpret_cast<uintptr_t>(p.base));
        h = mix(h, static_cast<uint64_t>(p.index));
        continue;
      }
      case TypeKind::Interface: {
        auto* b = static_cast<BoxObj*>(it.v.ref);
        if (!b) {
          h = mix(h, 0x1f);
          continue;
        }
        if (uncomparablePart(b->dynType)) {
          if (unhashable) *unhashable = true;
          if (badType) *badType = b->dynType;
          return 0;
        }
        h = mix(h, reinterpret_cast<uintptr_t>(b->dynType));
        work.push({b->dynType, b->payload});
        continue;
      }
      case TypeKind::Struct:
        for (size_t i = u->fields.size(); i-- > 0;) {
          if (u->fields[i].name == "_") continue;
          work.push({u->fields[i].type, fieldOrZero(it.v.ref, static_cast<uint32_t>(i))});
        }
        continue;
      case TypeKind::Array: {
        const Type* eu = underlyingOf(u->elem);
        ElemRep rep = elemRepOf(u->elem);
        auto* a = static_cast<ArrayObj*>(it.v.ref);
        if (rep != ElemRep::Ref && !(eu && isFloatKind(eu->kind))) {
          // Packed integers: hash the bytes (a nil object hashes like zeros).
          size_t n = static_cast<size_t>(u->len) * elemRepSize(rep);
          if (a && static_cast<size_t>(a->len) * elemRepSize(rep) == n) {
            h = mix(h, hashBytes(reinterpret_cast<const char*>(a->data), n));
          } else {
            std::vector<char> zeros(n, 0);
            h = mix(h, hashBytes(zeros.data(), n));
          }
          continue;
        }
        for (int64_t i = u->len; i-- > 0;) work.push({u->elem, elemOrZero(a, i)});
        continue;
      }
      default:
        h = mix(h, it.v.u);
        continue;
    }
  }
  return h;
}

uint64_t hashValue(const Type* t, Slot v) { return hashValue(t, v, nullptr, nullptr); }

}  // namespace heapscope
