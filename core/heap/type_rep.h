// How Go types are represented at run time, as the heap needs it: the slot
// kind of a value, the packed element representation of an array element,
// comparability. These read Type's plain fields only (no types.cpp calls),
// so the heap room does not depend on the checker's query functions; the
// checker's Type::slotKind()/elemRep() must agree with these (see object.h).
#pragma once
#include <cstring>

#include "heap/object.h"
#include "types/types.h"

namespace heapscope {

// Type::underlying() without the types.cpp dependency (Named chains resolved).
inline const Type* underlyingOf(const Type* t) {
  while (t && t->kind == TypeKind::Named && t->underlyingType) t = t->underlyingType;
  return t;
}

SlotKind slotKindOf(const Type* t);  // Scalar / Ref / Value (struct, array)
ElemRep elemRepOf(const Type* t);    // packed array element representation

// The first type inside `t` that makes it uncomparable (a slice, map or func,
// possibly nested in a struct field or array element), or nullptr when `t`
// is comparable. Interfaces are comparable (their dynamic type is checked
// at run time).
const Type* uncomparablePart(const Type* t);

// Whether a value of type `t` is == to itself whatever it holds: false when
// it contains a float (NaN != NaN) or an interface (its dynamic value may be
// a NaN, or uncomparable and panic), so an identity shortcut must not apply.
bool equalIfIdentical(const Type* t);

// Packed array elements: load widens to a Slot (F32 to double, bools to 0/1,
// signed reps sign-extended), store narrows.
inline Slot loadElem(const ArrayObj* a, int64_t i) {
  const unsigned char* p = a->data;
  Slot s;
  s.u = 0;
  switch (a->rep) {
    case ElemRep::I8: s.i = reinterpret_cast<const int8_t*>(p)[i]; break;
    case ElemRep::U8: case ElemRep::Bool: s.u = p[i]; break;
    case ElemRep::I16: { int16_t v; std::memcpy(&v, p + 2 * i, 2); s.i = v; break; }
    case ElemRep::U16: { uint16_t v; std::memcpy(&v, p + 2 * i, 2); s.u = v; break; }
    case ElemRep::I32: { int32_t v; std::memcpy(&v, p + 4 * i, 4); s.i = v; break; }
    case ElemRep::U32: { uint32_t v; std::memcpy(&v, p + 4 * i, 4); s.u = v; break; }
    case ElemRep::F32: { float v; std::memcpy(&v, p + 4 * i, 4); s.f = v; break; }
    case ElemRep::I64: case ElemRep::U64: case ElemRep::F64: case ElemRep::Ref:
      std::memcpy(&s, p + 8 * i, 8); break;
  }
  return s;
}

inline void storeElem(ArrayObj* a, int64_t i, Slot s) {
  unsigned char* p = a->data;
  switch (a->rep) {
    case ElemRep::I8: case ElemRep::U8: p[i] = static_cast<unsigned char>(s.u); break;
    case ElemRep::Bool: p[i] = s.u != 0; break;
    case ElemRep::I16: case ElemRep::U16: { uint16_t v = static_cast<uint16_t>(s.u); std::memcpy(p + 2 * i, &v, 2); break; }
    case ElemRep::I32: case ElemRep::U32: { uint32_t v = static_cast<uint32_t>(s.u); std::memcpy(p + 4 * i, &v, 4); break; }
    case ElemRep::F32: { float v = static_cast<float>(s.f); std::memcpy(p + 4 * i, &v, 4); break; }
    case ElemRep::I64: case ElemRep::U64: case ElemRep::F64: case ElemRep::Ref:
      std::memcpy(p + 8 * i, &s, 8); break;
  }
}

}  // namespace heapscope
