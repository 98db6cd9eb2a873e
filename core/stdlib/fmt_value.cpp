// fmt's value walk (Go's pp.printArg/printValue/handleMethods/badVerb and
// internal/fmtsort's key order) over heapscope's object model. A GoValue is
// a (type, Slot) pair; interface contents are unboxed to their dynamic type.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "heap/heap.h"
#include "heap/map.h"
#include "heap/type_rep.h"
#include "heap/value_eq.h"
#include "stdlib/fmt_printer.h"
#include "stdlib/native_util.h"
#include "types/types.h"
#include "vm/native.h"

namespace heapscope::stdlib {

uint64_t fakeAddress(const Object* o) {
  if (!o) return 0;
  if (o->kind == ObjKind::Pointer) {
    PointerTarget t = pointerTarget(const_cast<Object*>(o));
    if (t.base && t.base != o) return fakeAddress(t.base) + static_cast<uint64_t>(t.index) * 8;
  }
  return 0xc000000000ull + (o->id << 8);
}

std::string_view stringOf(Slot s) {
  auto* so = static_cast<StringObj*>(s.ref);
  return so ? std::string_view(so->data, static_cast<size_t>(so->len)) : std::string_view();
}

std::vector<GoValue> unpackAnySlice(Slot slice) {
  std::vector<GoValue> out;
  auto* s = static_cast<SliceObj*>(slice.ref);
  if (!s || !s->array) return out;
  out.reserve(static_cast<size_t>(s->len));
  for (int64_t i = 0; i < s->len; ++i) {
    auto* b = static_cast<BoxObj*>(loadElem(s->array, s->offset + i).ref);
    out.push_back(b ? GoValue{b->dynType, b->payload} : GoValue{});
  }
  return out;
}

std::string typeString(const Type* t) { return t ? t->str(true) : std::string("<nil>"); }

Slot loadThroughPointer(Object* p) {
  if (!p) return slotNil();
  switch (p->kind) {
    case ObjKind::Cell: return static_cast<CellObj*>(p)->value;
    case ObjKind::Pointer: {
      auto* po = static_cast<PointerObj*>(p);
      Object* base = po->base;
      if (!base) return slotNil();
      if (base->kind == ObjKind::Struct) return static_cast<StructObj*>(base)->fields[po->index];
      if (base->kind == ObjKind::Array) return loadElem(static_cast<ArrayObj*>(base), po->index);
      if (base->kind == ObjKind::Cell) return static_cast<CellObj*>(base)->value;
      return slotNil();
    }
    default:
      return slotRef(p);  // *struct / *array: the object itself
  }
}

namespace {

TypeKind ukind(const Type* t) {
  const Type* u = underlyingOf(t);
  return u ? u->kind : TypeKind::Invalid;
}

bool isSignedKind(TypeKind k) { return k >= TypeKind::Int && k <= TypeKind::Int64; }
bool isUnsignedKind(TypeKind k) { return k >= TypeKind::Uint && k <= TypeKind::Uintptr; }

// Does t's method set have `name` returning exactly one string?
bool hasStringMethod(const Type* t, const char* name) {
  if (!t || ukind(t) == TypeKind::Interface) return false;
  if (t->kind != TypeKind::Named && t->kind != TypeKind::Pointer && t->kind != TypeKind::Struct) return false;
  FieldOrMethod fm = lookupFieldOrMethod(t, name);
  if (fm.kind != FieldOrMethod::Kind::Method) return false;
  const Type* sig = nullptr;
  if (fm.method) {
    if (fm.method->ptrRecv && !fm.indirect && !fm.recvIsPtr) return false;
    sig = fm.method->type;
  } else if (fm.onInterface && fm.ifaceType && fm.ifaceIndex >= 0 &&
             static_cast<size_t>(fm.ifaceIndex) < fm.ifaceType->methods.size()) {
    sig = fm.ifaceType->methods[static_cast<size_t>(fm.ifaceIndex)].sig;
  }
  const Type* u = underlyingOf(sig);
  // exactly func() string: String(x int) string is not a Stringer
  return u && u->kind == TypeKind::Func && u->params.empty() && !u->variadic && u->results.size() == 1 &&
         u->results[0] && u->results[0]->kind == TypeKind::String;
}

// Reads the bytes of a []byte / [N]byte value.
std::string bytesOf(const GoValue& v, bool* isNil) {
  std::string out;
  *isNil = false;
  if (ukind(v.type) == TypeKind::Slice) {
    auto* s = static_cast<SliceObj*>(v.slot.ref);
    if (!s) { *isNil = true; return out; }
    if (s->array) for (int64_t i = 0; i < s->len; ++i) out += static_cast<char>(loadElem(s->array, s->offset + i).u);
  } else {
    auto* a = static_cast<ArrayObj*>(v.slot.ref);
    int64_t n = underlyingOf(v.type)->len;
    for (int64_t i = 0; i < n; ++i) out += a ? static_cast<char>(loadElem(a, i).u) : '\0';
  }
  return out;
}

// internal/fmtsort's compare: -1, 0, +1.
int compareKeys(const Type* t, Slot a, Slot b, int depth) {
  if (depth > kMaxPrintDepth) return 0;
  const Type* u = underlyingOf(t);
  if (!u) return 0;
  TypeKind k = u->kind;
  if (k == TypeKind::Bool) return (a.i != 0) == (b.i != 0) ? 0 : (a.i == 0 ? -1 : 1);
  if (isSignedKind(k)) return a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
  if (isUnsignedKind(k)) return a.u < b.u ? -1 : a.u > b.u ? 1 : 0;
  if (k == TypeKind::Float32 || k == TypeKind::Float64) {
    bool an = std::isnan(a.f), bn = std::isnan(b.f);
    if (an || bn) return an && bn ? 0 : an ? -1 : 1;
    return a.f < b.f ? -1 : a.f > b.f ? 1 : 0;
  }
  if (k == TypeKind::String) {
    int c = stringOf(a).compare(stringOf(b));
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  if (k == TypeKind::Pointer || k == TypeKind::Chan || k == TypeKind::UnsafePointer) {
    uint64_t x = fakeAddress(a.ref), y = fakeAddress(b.ref);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (k == TypeKind::Struct) {
    auto* sa = static_cast<StructObj*>(a.ref);
    auto* sb = static_cast<StructObj*>(b.ref);
    for (size_t i = 0; i < u->fields.size(); ++i) {
      Slot fa = sa ? sa->fields[i] : slotNil(), fb = sb ? sb->fields[i] : slotNil();
      if (int c = compareKeys(u->fields[i].type, fa, fb, depth + 1)) return c;
    }
    return 0;
  }
  if (k == TypeKind::Array) {
    auto* aa = static_cast<ArrayObj*>(a.ref);
    auto* ab = static_cast<ArrayObj*>(b.ref);
    for (int64_t i = 0; i < u->len; ++i) {
      Slot ea = aa ? loadElem(aa, i) : slotNil(), eb = ab ? loadElem(ab, i) : slotNil();
      if (int c = compareKeys(u->elem, ea, eb, depth + 1)) return c;
    }
    return 0;
  }
  if (k == TypeKind::Interface) {
    auto* ba = static_cast<BoxObj*>(a.ref);
    auto* bb = static_cast<BoxObj*>(b.ref);
    if (!ba || !bb) return !ba && !bb ? 0 : !ba ? -1 : 1;
    if (ba->dynType != bb->dynType) {
      // Go orders by type descriptor address; we order by spelling (stable).
      int c = typeString(ba->dynType).compare(typeString(bb->dynType));
      if (c != 0) return c < 0 ? -1 : 1;
      return ba->dynType < bb->dynType ? -1 : 1;
    }
    return compareKeys(ba->dynType, ba->payload, bb->payload, depth + 1);
  }
  return 0;
}

}  // namespace

// A declared M() string, or a runtime error's Error (no Go declaration).
bool Printer::hasStringMethodAtRunTime(const Type* t, const char* name) const {
  if (hasStringMethod(t, name)) return true;
  return vm_ && std::strcmp(name, "Error") == 0 && vm_->isRuntimeError(t);
}

bool Printer::callStringMethod(const GoValue& a, const char* name, std::string* out, bool* panicked,
                               Object** panicValue) {
  *panicked = false;
  if (!vm_ || !hasStringMethodAtRunTime(a.type, name)) return false;
  Slot res = slotNil();
  if (!vm_->callMethod(a.slot, a.type, name, nullptr, 0, &res, 1, panicValue)) {
    *panicked = true;
    return true;
  }
  *out = std::string(stringOf(res));
  vm_->heap().decref(res.ref);
  return true;
}

bool Printer::handleMethods(const GoValue& a, char32_t verb) {
  if (erroring_) return false;
  if (verb == 'w') {
    if (!wrapErrs || !hasStringMethodAtRunTime(a.type, "Error")) {
      badVerb(verb);
      return true;
    }
    verb = 'v';
  }
  const char* methods[2] = {nullptr, nullptr};
  if (f_.sharpV) {
    methods[0] = "GoString";
  } else if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
    methods[0] = "Error";
    methods[1] = "String";
  }
  for (const char* m : methods) {
    if (!m) continue;
    std::string s;
    bool panicked = false;
    Object* panicValue = nullptr;
    if (!callStringMethod(a, m, &s, &panicked, &panicValue)) continue;
    if (panicked && !panicValue) return true;  // the method blocked or ran out of steps: the program ends
    if (panicked) {
      // Go's catchPanic: a nil pointer receiver prints "<nil>"; otherwise
      // the panic value, printed with %v. (A second panic while printing
      // that value re-panics in Go; here it prints "panicked".)
      if (ukind(a.type) == TypeKind::Pointer && a.slot.ref == nullptr) {
        vm_->heap().decref(panicValue);
        pad("<nil>");
        return true;
      }
      Flags old = f_;
      f_ = Flags{};
      buf += "%!";
      writeRune(verb);
      buf += "(PANIC=";
      buf += m;
      buf += " method: ";
      if (panicking_) {
        buf += "panicked";
      } else {
        GoValue v;
        if (auto* box = static_cast<BoxObj*>(panicValue)) v = GoValue{box->dynType, box->payload};
        panicking_ = true;
        printArg(v, 'v');
        panicking_ = false;
      }
      buf += ')';
      vm_->heap().decref(panicValue);
      f_ = old;
      return true;
    }
    if (f_.sharpV) fmtS(s);
    else fmtString(s, verb);
    return true;
  }
  return false;
}

void Printer::badVerb(char32_t verb) {
  erroring_ = true;
  buf += "%!";
  writeRune(verb);
  buf += '(';
  if (argValid_ && arg_.type) {
    buf += typeString(arg_.type);
    buf += '=';
    GoValue v = arg_;
    printArg(v, 'v');
  } else {
    buf += "<nil>";
  }
  buf += ')';
  erroring_ = false;
}

void Printer::printArg(const GoValue& a, char32_t verb) {
  arg_ = a;
  argValid_ = a.type != nullptr;
  if (!a.type) {
    if (verb == 'T' || verb == 'v') pad("<nil>");
    else badVerb(verb);
    return;
  }
  if (verb == 'T') { fmtS(typeString(a.type)); return; }
  if (verb == 'p') { fmtPointer(a, 'p'); return; }
  const Type* t = a.type;
  TypeKind k = t->kind;  // unnamed basic types have no methods: format directly
  if (k == TypeKind::Bool) { fmtBool(a.slot.i != 0, verb); return; }
  if (isSignedKind(k)) { fmtIntegerVerb(static_cast<uint64_t>(a.slot.i), true, verb); return; }
  if (isUnsignedKind(k)) { fmtIntegerVerb(a.slot.u, false, verb); return; }
  if (k == TypeKind::Float32) { fmtFloat(a.slot.f, 32, verb); return; }
  if (k == TypeKind::Float64) { fmtFloat(a.slot.f, 64, verb); return; }
  if (k == TypeKind::String) { fmtString(stringOf(a.slot), verb); return; }
  if (k == TypeKind::Slice && t->elem && t->elem->kind == TypeKind::Uint8) {
    bool isNil;
    std::string bytes = bytesOf(a, &isNil);
    if (verb == 'v' || verb == 'd' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
      fmtBytes(bytes, isNil, verb, "[]byte");
    } else {
      printValue(a, verb, 0, true);
    }
    return;
  }
  if (!handleMethods(a, verb)) printValue(a, verb, 0, true);
}

void Printer::fmtPointer(const GoValue& v, char32_t verb) {
  TypeKind k = ukind(v.type);
  uint64_t u = 0;
  switch (k) {
    case TypeKind::Chan: case TypeKind::Func: case TypeKind::Map: case TypeKind::Pointer:
    case TypeKind::UnsafePointer:
      u = fakeAddress(v.slot.ref);
      break;
    case TypeKind::Slice: {
      auto* s = static_cast<SliceObj*>(v.slot.ref);
      if (s) u = s->array ? fakeAddress(s->array) + static_cast<uint64_t>(s->offset) * 8 : fakeAddress(s);
      break;
    }
    default:
      badVerb(verb);
      return;
  }
  switch (verb) {
    case 'v':
      if (f_.sharpV) {
        buf += '(';
        buf += typeString(v.type);
        buf += ")(";
        if (u == 0) buf += "nil";
        else fmt0x64(u, true);
        buf += ')';
      } else {
        if (u == 0) pad("<nil>");
        else fmt0x64(u, !f_.sharp);
      }
      break;
    case 'p': fmt0x64(u, !f_.sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': fmtIntegerVerb(u, false, verb); break;
    default: badVerb(verb); break;
  }
}

void Printer::printValue(const GoValue& v, char32_t verb, int depth, bool canInterface) {
  if (depth > kMaxPrintDepth) {
    buf += "%!v(DEPTH)";
    return;
  }
  const Type* u = underlyingOf(v.type);
  if (!u) {
    if (depth == 0) buf += "<invalid reflect.Value>";
    else if (verb == 'v') buf += "<nil>";
    else badVerb(verb);
    return;
  }
  TypeKind k = u->kind;
  if (depth > 0 && canInterface && k != TypeKind::Interface) {
    arg_ = v;
    argValid_ = true;
    if (handleMethods(v, verb)) return;
  }
  arg_ = v;
  argValid_ = true;
  if (k == TypeKind::Bool) { fmtBool(v.slot.i != 0, verb); return; }
  if (isSignedKind(k)) { fmtIntegerVerb(static_cast<uint64_t>(v.slot.i), true, verb); return; }
  if (isUnsignedKind(k)) { fmtIntegerVerb(v.slot.u, false, verb); return; }
  if (k == TypeKind::Float32) { fmtFloat(v.slot.f, 32, verb); return; }
  if (k == TypeKind::Float64) { fmtFloat(v.slot.f, 64, verb); return; }
  if (k == TypeKind::String) { fmtString(stringOf(v.slot), verb); return; }
  switch (k) {
    case TypeKind::Map: {
      auto* m = static_cast<MapObj*>(v.slot.ref);
      if (f_.sharpV) {
        buf += typeString(v.type);
        if (!m) { buf += "(nil)"; return; }
        buf += '{';
      } else {
        buf += "map[";
      }
      std::vector<std::pair<Slot, Slot>> entries;
      if (m) {
        MapIter it;
        Slot key, val;
        while (m->next(it, &key, &val)) entries.emplace_back(key, val);
      }
      const Type* kt = u->key;
      std::stable_sort(entries.begin(), entries.end(), [&](const auto& x, const auto& y) {
        return compareKeys(kt, x.first, y.first, depth) < 0;
      });
      for (size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) buf += f_.sharpV ? ", " : " ";
        printValue(GoValue{u->key, entries[i].first}, verb, depth + 1, canInterface);
        buf += ':';
        printValue(GoValue{u->elem, entries[i].second}, verb, depth + 1, canInterface);
      }
      buf += f_.sharpV ? '}' : ']';
      return;
    }
    case TypeKind::Struct: {
      if (f_.sharpV) buf += typeString(v.type);
      buf += '{';
      auto* so = static_cast<StructObj*>(v.slot.ref);
      for (size_t i = 0; i < u->fields.size(); ++i) {
        const StructField& fld = u->fields[i];
        if (i > 0) buf += f_.sharpV ? ", " : " ";
        if ((f_.plusV || f_.sharpV) && !fld.name.empty()) {
          buf += fld.name;
          buf += ':';
        }
        Slot fs = so && i < so->nfields ? so->fields[i] : slotNil();
        bool exported = !fld.name.empty() && fld.name[0] >= 'A' && fld.name[0] <= 'Z';
        if (!exported && !fld.name.empty() && static_cast<unsigned char>(fld.name[0]) >= 0x80) exported = fld.exported();
        printValue(GoValue{fld.type, fs}, verb, depth + 1, canInterface && exported);
      }
      buf += '}';
      return;
    }
    case TypeKind::Interface: {
      auto* b = static_cast<BoxObj*>(v.slot.ref);
      if (!b) {
        if (f_.sharpV) {
          buf += typeString(v.type);
          buf += "(nil)";
        } else {
          buf += "<nil>";
        }
        return;
      }
      printValue(GoValue{b->dynType, b->payload}, verb, depth + 1, canInterface);
      return;
    }
    case TypeKind::Array:
    case TypeKind::Slice: {
      if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && ukind(u->elem) == TypeKind::Uint8) {
        bool isNil;
        std::string bytes = bytesOf(v, &isNil);
        fmtBytes(bytes, isNil, verb, typeString(v.type));
        return;
      }
      ArrayObj* arr = nullptr;
      int64_t off = 0, n = 0;
      bool isNil = false;
      if (k == TypeKind::Slice) {
        auto* s = static_cast<SliceObj*>(v.slot.ref);
        if (!s) isNil = true;
        else { arr = s->array; off = s->offset; n = arr ? s->len : 0; }
      } else {
        arr = static_cast<ArrayObj*>(v.slot.ref);
        n = u->len;
      }
      if (f_.sharpV) {
        buf += typeString(v.type);
        if (isNil) { buf += "(nil)"; return; }
        buf += '{';
      } else {
        buf += '[';
      }
      for (int64_t i = 0; i < n; ++i) {
        if (i > 0) buf += f_.sharpV ? ", " : " ";
        Slot e = arr ? loadElem(arr, off + i) : slotNil();
        printValue(GoValue{u->elem, e}, verb, depth + 1, canInterface);
      }
      buf += f_.sharpV ? '}' : ']';
      return;
    }
    case TypeKind::Pointer: {
      if (depth == 0 && v.slot.ref) {
        TypeKind ek = ukind(u->elem);
        if (ek == TypeKind::Array || ek == TypeKind::Slice || ek == TypeKind::Struct || ek == TypeKind::Map) {
          buf += '&';
          printValue(GoValue{u->elem, loadThroughPointer(v.slot.ref)}, verb, depth + 1, canInterface);
          return;
        }
      }
      fmtPointer(v, verb);
      return;
    }
    case TypeKind::Chan: case TypeKind::Func: case TypeKind::UnsafePointer:
      fmtPointer(v, verb);
      return;
    default:
      buf += '?';
      buf += typeString(v.type);
      buf += '?';
      return;
  }
}

}  // namespace heapscope::stdlib
