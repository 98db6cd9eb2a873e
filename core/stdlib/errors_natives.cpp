// Natives of package errors: the run-time type checks behind errors.Is and
// errors.As (Go uses internal/reflectlite for these), and context's type
// names for WithValue's String.
#include "stdlib/fmt_printer.h"
#include "stdlib/native_util.h"

namespace heapscope::stdlib {

namespace {

const Type* boxType(Slot s) {
  auto* b = static_cast<BoxObj*>(s.ref);
  return b ? b->dynType : nullptr;
}

// func comparableValue(v any) bool
NativeStatus comparableValue(NativeCall& c) {
  const Type* t = boxType(c.args[0]);
  retBool(c, 0, t && uncomparablePart(t) == nullptr);
  return NativeStatus::Done;
}

// The element type of target's pointer type, or nullptr if target is not a
// non-nil pointer.
const Type* targetElem(Slot target) {
  auto* b = static_cast<BoxObj*>(target.ref);
  if (!b) return nullptr;
  const Type* u = underlyingOf(b->dynType);
  if (!u || u->kind != TypeKind::Pointer || !b->payload.ref) return nullptr;
  return u->elem;
}

// func asTargetKind(target any) int
NativeStatus asTargetKind(NativeCall& c) {
  const Type* e = targetElem(c.args[0]);
  int kind = 0;
  if (!e) kind = 1;
  else if (underlyingOf(e)->kind != TypeKind::Interface && !implements(e, c.vm.types().errorType())) kind = 2;
  retInt(c, 0, kind);
  return NativeStatus::Done;
}

// func assignAs(err error, target any) bool
NativeStatus assignAs(NativeCall& c) {
  auto* errBox = static_cast<BoxObj*>(c.args[0].ref);
  const Type* e = targetElem(c.args[1]);
  if (!errBox || !e) { retBool(c, 0, false); return NativeStatus::Done; }
  Object* ptr = static_cast<BoxObj*>(c.args[1].ref)->payload.ref;
  const Type* d = errBox->dynType;
  if (underlyingOf(e)->kind == TypeKind::Interface) {
    if (!implements(d, e)) { retBool(c, 0, false); return NativeStatus::Done; }
    // Interface values are immutable boxes: the same box serves any static
    // interface type.
    storeThroughPointer(c.vm.heap(), ptr, e, slotRef(errBox));
  } else {
    if (d != e) { retBool(c, 0, false); return NativeStatus::Done; }
    storeThroughPointer(c.vm.heap(), ptr, e, errBox->payload);
  }
  retBool(c, 0, true);
  return NativeStatus::Done;
}

// context's func typeName(v any) string: the %T spelling of v's dynamic
// type (context.WithValue's String shows keys and values that way).
NativeStatus typeNameOf(NativeCall& c) {
  retString(c, 0, typeString(boxType(c.args[0])));
  return NativeStatus::Done;
}

}  // namespace

void registerErrorsNatives(NativeRegistry& r) {
  static constexpr NativeDef kNatives[] = {
      {"context.typeName", typeNameOf},
      {"errors.comparableValue", comparableValue},
      {"errors.asTargetKind", asTargetKind},
      {"errors.assignAs", assignAs},
  };
  r.add(kNatives);
}

}  // namespace heapscope::stdlib
