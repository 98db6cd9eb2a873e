// Run-time representation facts: object kind names, packed element sizes,
// slot kinds and comparability of Go types (see type_rep.h).
#include "heap/type_rep.h"

namespace heapscope {

const char* objKindName(ObjKind k) {
  switch (k) {
    case ObjKind::String: return "string";
    case ObjKind::Array: return "array";
    case ObjKind::Slice: return "slice";
    case ObjKind::Struct: return "struct";
    case ObjKind::Map: return "map";
    case ObjKind::Box: return "interface";
    case ObjKind::Cell: return "cell";
    case ObjKind::Pointer: return "pointer";
    case ObjKind::Closure: return "closure";
    case ObjKind::Chan: return "chan";
    case ObjKind::Goroutine: return "goroutine";
    case ObjKind::Timer: return "timer";
    case ObjKind::Context: return "context";
    case ObjKind::Native: return "native";
    case ObjKind::Count: break;
  }
  return "?";
}

size_t elemRepSize(ElemRep r) {
  switch (r) {
    case ElemRep::I8: case ElemRep::U8: case ElemRep::Bool: return 1;
    case ElemRep::I16: case ElemRep::U16: return 2;
    case ElemRep::I32: case ElemRep::U32: case ElemRep::F32: return 4;
    default: return 8;
  }
}

SlotKind slotKindOf(const Type* t) {
  // Same rule as Type::slotKind() in types.cpp (kept in step by hand).
  t = underlyingOf(t);
  if (!t) return SlotKind::Scalar;
  TypeKind k = t->kind;
  if (k >= TypeKind::Bool && k <= TypeKind::Float64) return SlotKind::Scalar;
  if (k >= TypeKind::UntypedBool && k <= TypeKind::UntypedFloat) return SlotKind::Scalar;
  if (k == TypeKind::Struct || k == TypeKind::Array) return SlotKind::Value;
  return SlotKind::Ref;
}

ElemRep elemRepOf(const Type* t) {
  t = underlyingOf(t);
  if (!t) return ElemRep::Ref;
  switch (t->kind) {
    case TypeKind::Bool: case TypeKind::UntypedBool: return ElemRep::Bool;
    case TypeKind::Int8: return ElemRep::I8;
    case TypeKind::Uint8: return ElemRep::U8;
    case TypeKind::Int16: return ElemRep::I16;
    case TypeKind::Uint16: return ElemRep::U16;
    case TypeKind::Int32: case TypeKind::UntypedRune: return ElemRep::I32;
    case TypeKind::Uint32: return ElemRep::U32;
    case TypeKind::Int: case TypeKind::Int64: case TypeKind::UntypedInt: return ElemRep::I64;
    case TypeKind::Uint: case TypeKind::Uint64: case TypeKind::Uintptr: return ElemRep::U64;
    case TypeKind::Float32: return ElemRep::F32;
    case TypeKind::Float64: case TypeKind::UntypedFloat: return ElemRep::F64;
    default: return ElemRep::Ref;  // references, value objects (and complex: not packed)
  }
}

const Type* uncomparablePart(const Type* t) {
  const Type* u = underlyingOf(t);
  if (!u) return nullptr;
  switch (u->kind) {
    case TypeKind::Slice: case TypeKind::Map: case TypeKind::Func: return t;
    case TypeKind::Array: return uncomparablePart(u->elem) ? t : nullptr;
    case TypeKind::Struct:
      for (const StructField& f : u->fields)
        if (uncomparablePart(f.type)) return t;
      return nullptr;
    default: return nullptr;
  }
}

bool equalIfIdentical(const Type* t) {
  const Type* u = underlyingOf(t);
  if (!u) return true;
  switch (u->kind) {
    case TypeKind::Float32: case TypeKind::Float64: case TypeKind::UntypedFloat:
    case TypeKind::Interface:
      return false;
    case TypeKind::Array: return equalIfIdentical(u->elem);
    case TypeKind::Struct:
      for (const StructField& f : u->fields)
        if (f.name != "_" && !equalIfIdentical(f.type)) return false;
      return true;
    default: return true;
  }
}

}  // namespace heapscope
