// forEachRef: THE list of outgoing counted references per object kind.
// Freeing, the cycle collector, the audit, snapshots and the graph view all
// walk it, so they cannot disagree about the heap's edges. Labels are only
// built when the visitor asks for them (the freeing path does not).
#include <charconv>
#include <string>

#include "heap/heap_internal.h"
#include "heap/map.h"
#include "heap/type_rep.h"

namespace heapscope {

Heap::KindTraverser gKindTraversers[static_cast<int>(ObjKind::Count)] = {};
Heap::KindFinalizer gKindFinalizers[static_cast<int>(ObjKind::Count)] = {};
CaptureNameFn gCaptureName = nullptr;

void setCaptureNameHook(CaptureNameFn fn) { gCaptureName = fn; }

namespace {
const std::string kNoLabel;

// One edge label per array element: built in place (to_chars on an
// integer, fine under Emscripten) rather than by concatenating temporaries,
// which was a tenth of a 100 000-element snapshot.
std::string indexLabel(int64_t i) {
  char buf[24];
  buf[0] = '[';
  char* end = std::to_chars(buf + 1, buf + sizeof buf - 1, i).ptr;
  *end++ = ']';
  return std::string(buf, static_cast<size_t>(end - buf));
}

void visitStruct(StructObj* s, RefVisitor& v) {
  if (!s->fieldKinds) return;
  const Type* u = v.wantLabels ? underlyingOf(s->type) : nullptr;
  bool named = u && u->kind == TypeKind::Struct && u->fields.size() == s->nfields;
  for (uint32_t i = 0; i < s->nfields; i++) {
    if (s->fieldKinds[i] == SlotKind::Scalar) continue;
    Object* c = s->fields[i].ref;
    if (!c) continue;
    if (!v.wantLabels) v.visit(c, kNoLabel);
    else v.visit(c, named ? u->fields[i].name : "field" + indexLabel(i));
  }
}

void visitArray(ArrayObj* a, RefVisitor& v) {
  if (a->rep != ElemRep::Ref || a->elemKind == SlotKind::Scalar) return;
  Slot* s = a->slots();
  for (int64_t i = 0; i < a->len; i++) {
    Object* c = s[i].ref;
    if (!c) continue;
    if (!v.wantLabels) v.visit(c, kNoLabel);
    else v.visit(c, indexLabel(i));
  }
}

void visitClosure(ClosureObj* c, RefVisitor& v) {
  for (uint32_t i = 0; i < c->ncaptures; i++) {
    Object* t = c->captures[i];
    if (!t) continue;
    if (!v.wantLabels) {
      v.visit(t, kNoLabel);
      continue;
    }
    const char* name = gCaptureName ? gCaptureName(c->fn, i) : nullptr;
    v.visit(t, name ? std::string(name) : "capture" + indexLabel(i));
  }
}
}  // namespace

void forEachRef(Object* obj, RefVisitor& v) {
  if (!obj) return;
  switch (obj->kind) {
    case ObjKind::String: return;
    case ObjKind::Array: visitArray(static_cast<ArrayObj*>(obj), v); return;
    case ObjKind::Slice: {
      auto* s = static_cast<SliceObj*>(obj);
      if (s->array) v.visit(s->array, v.wantLabels ? std::string("array") : kNoLabel);
      return;
    }
    case ObjKind::Struct: visitStruct(static_cast<StructObj*>(obj), v); return;
    case ObjKind::Map: mapForEachRef(static_cast<MapObj*>(obj), v); return;
    case ObjKind::Box: {
      auto* b = static_cast<BoxObj*>(obj);
      if (b->payloadIsRef && b->payload.ref) v.visit(b->payload.ref, v.wantLabels ? std::string("value") : kNoLabel);
      return;
    }
    case ObjKind::Cell: {
      auto* c = static_cast<CellObj*>(obj);
      if (c->kind != SlotKind::Scalar && c->value.ref) v.visit(c->value.ref, v.wantLabels ? std::string("value") : kNoLabel);
      return;
    }
    case ObjKind::Pointer: {
      auto* p = static_cast<PointerObj*>(obj);
      if (p->base) v.visit(p->base, v.wantLabels ? std::string("base") : kNoLabel);
      return;
    }
    case ObjKind::Closure: visitClosure(static_cast<ClosureObj*>(obj), v); return;
    default: {
      auto t = gKindTraversers[static_cast<int>(obj->kind)];
      if (t) t(obj, v);
      return;
    }
  }
}

}  // namespace heapscope
