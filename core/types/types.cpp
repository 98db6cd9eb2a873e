// TypeTable (interning), Type queries and spelling, and the type relations
// (identity, assignability, implements, field/method lookup).
//
// Interning key: a string naming the constructor and the identities
// (addresses) of the component types, so structurally identical unnamed
// types map to one Type object and identity is pointer equality.
#include "types/types.h"

#include "types/constant.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace heapscope {

static std::string idOf(const Type* t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<const void*>(t));
  return buf;
}

bool StructField::exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

// ------------------------------------------------------------------ queries
const Type* Type::underlying() const {
  const Type* t = this;
  // Named chains are at most one step once resolved; guard anyway.
  for (int i = 0; i < 100 && t->kind == TypeKind::Named; i++) {
    if (!t->underlyingType) return t;
    t = t->underlyingType;
  }
  return t;
}

static TypeKind ukind(const Type* t) { return t->underlying()->kind; }

bool Type::isInteger() const {
  TypeKind k = ukind(this);
  return (k >= TypeKind::Int && k <= TypeKind::Uintptr) || k == TypeKind::UntypedInt || k == TypeKind::UntypedRune;
}
bool Type::isUnsigned() const {
  TypeKind k = ukind(this);
  return k >= TypeKind::Uint && k <= TypeKind::Uintptr;
}
bool Type::isFloat() const {
  TypeKind k = ukind(this);
  return k == TypeKind::Float32 || k == TypeKind::Float64 || k == TypeKind::UntypedFloat;
}
bool Type::isNumeric() const {
  TypeKind k = ukind(this);
  return (k >= TypeKind::Int && k <= TypeKind::Complex128) || k == TypeKind::UntypedInt ||
         k == TypeKind::UntypedRune || k == TypeKind::UntypedFloat;
}
bool Type::isString() const {
  TypeKind k = ukind(this);
  return k == TypeKind::String || k == TypeKind::UntypedString;
}
bool Type::isBoolean() const {
  TypeKind k = ukind(this);
  return k == TypeKind::Bool || k == TypeKind::UntypedBool;
}
bool Type::isInterface() const { return ukind(this) == TypeKind::Interface; }
bool Type::isPointer() const { return ukind(this) == TypeKind::Pointer; }

static bool comparableRec(const Type* t, int depth) {
  if (depth > 64) return true;
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Slice: case TypeKind::Map: case TypeKind::Func: case TypeKind::Tuple: case TypeKind::Invalid:
      return false;
    case TypeKind::Struct:
      for (auto& f : u->fields) if (!comparableRec(f.type, depth + 1)) return false;
      return true;
    case TypeKind::Array: return comparableRec(u->elem, depth + 1);
    case TypeKind::TypeParam: {
      const Type* c = u->constraint();
      if (!c) return false;
      const Type* ci = c->underlying();
      if (ci->comparableConstraint) return true;
      if (ci->terms.empty()) return false;
      for (auto& term : ci->terms) if (!comparableRec(term.type, depth + 1)) return false;
      return true;
    }
    default: return true;
  }
}
bool Type::isComparable() const { return comparableRec(this, 0); }

int Type::intBits() const {
  switch (ukind(this)) {
    case TypeKind::Int8: case TypeKind::Uint8: return 8;
    case TypeKind::Int16: case TypeKind::Uint16: return 16;
    case TypeKind::Int32: case TypeKind::Uint32: return 32;
    default: return 64;
  }
}

SlotKind Type::slotKind() const {
  TypeKind k = ukind(this);
  if (k >= TypeKind::Bool && k <= TypeKind::Float64) return SlotKind::Scalar;
  if (k >= TypeKind::UntypedBool && k <= TypeKind::UntypedFloat) return SlotKind::Scalar;
  if (k == TypeKind::Struct || k == TypeKind::Array) return SlotKind::Value;
  return SlotKind::Ref;
}

ElemRep Type::elemRep() const {
  switch (ukind(this)) {
    case TypeKind::Bool: return ElemRep::Bool;
    case TypeKind::Int8: return ElemRep::I8;
    case TypeKind::Uint8: return ElemRep::U8;
    case TypeKind::Int16: return ElemRep::I16;
    case TypeKind::Uint16: return ElemRep::U16;
    case TypeKind::Int32: return ElemRep::I32;
    case TypeKind::Uint32: return ElemRep::U32;
    case TypeKind::Int: case TypeKind::Int64: return ElemRep::I64;
    case TypeKind::Uint: case TypeKind::Uint64: case TypeKind::Uintptr: return ElemRep::U64;
    case TypeKind::Float32: return ElemRep::F32;
    case TypeKind::Float64: return ElemRep::F64;
    default: return ElemRep::Ref;
  }
}

static const char* basicName(TypeKind k) {
  switch (k) {
    case TypeKind::Bool: return "bool";
    case TypeKind::Int: return "int";
    case TypeKind::Int8: return "int8";
    case TypeKind::Int16: return "int16";
    case TypeKind::Int32: return "int32";
    case TypeKind::Int64: return "int64";
    case TypeKind::Uint: return "uint";
    case TypeKind::Uint8: return "uint8";
    case TypeKind::Uint16: return "uint16";
    case TypeKind::Uint32: return "uint32";
    case TypeKind::Uint64: return "uint64";
    case TypeKind::Uintptr: return "uintptr";
    case TypeKind::Float32: return "float32";
    case TypeKind::Float64: return "float64";
    case TypeKind::Complex64: return "complex64";
    case TypeKind::Complex128: return "complex128";
    case TypeKind::String: return "string";
    case TypeKind::UnsafePointer: return "unsafe.Pointer";
    case TypeKind::UntypedBool: return "untyped bool";
    case TypeKind::UntypedInt: return "untyped int";
    case TypeKind::UntypedRune: return "untyped rune";
    case TypeKind::UntypedFloat: return "untyped float";
    case TypeKind::UntypedString: return "untyped string";
    case TypeKind::UntypedNil: return "untyped nil";
    default: return "invalid type";
  }
}

static void writeType(std::string& out, const Type* t, bool q, int depth);

static void writeSig(std::string& out, const Type* t, bool q, int depth) {
  out += "(";
  for (size_t i = 0; i < t->params.size(); i++) {
    if (i) out += ", ";
    if (t->variadic && i + 1 == t->params.size() && t->params[i]->kind == TypeKind::Slice) {
      out += "...";
      writeType(out, t->params[i]->elem, q, depth + 1);
    } else {
      writeType(out, t->params[i], q, depth + 1);
    }
  }
  out += ")";
  if (t->results.size() == 1) {
    out += " ";
    writeType(out, t->results[0], q, depth + 1);
  } else if (t->results.size() > 1) {
    out += " (";
    for (size_t i = 0; i < t->results.size(); i++) {
      if (i) out += ", ";
      writeType(out, t->results[i], q, depth + 1);
    }
    out += ")";
  }
}

static void writeType(std::string& out, const Type* t, bool q, int depth) {
  if (!t) { out += "<nil>"; return; }
  if (depth > 50) { out += "..."; return; }
  switch (t->kind) {
    case TypeKind::Named:
    case TypeKind::TypeParam:
      if (t->kind == TypeKind::Named && t->pkg && (q || t->pkg->path != "main")) {
        out += t->pkg->name;
        out += ".";
      }
      out += t->name;
      if (!t->typeArgs.empty()) {
        out += "[";
        for (size_t i = 0; i < t->typeArgs.size(); i++) {
          if (i) out += q ? "," : ", ";
          writeType(out, t->typeArgs[i], q, depth + 1);
        }
        out += "]";
      }
      return;
    case TypeKind::Array:
      out += "[" + std::to_string(t->len) + "]";
      writeType(out, t->elem, q, depth + 1);
      return;
    case TypeKind::Slice:
      out += "[]";
      writeType(out, t->elem, q, depth + 1);
      return;
    case TypeKind::Pointer:
      out += "*";
      writeType(out, t->elem, q, depth + 1);
      return;
    case TypeKind::Map:
      out += "map[";
      writeType(out, t->key, q, depth + 1);
      out += "]";
      writeType(out, t->elem, q, depth + 1);
      return;
    case TypeKind::Chan:
      if (t->dir == ChanDir::Recv) out += "<-chan ";
      else if (t->dir == ChanDir::Send) out += "chan<- ";
      else out += "chan ";
      if (t->dir != ChanDir::Send && t->elem && t->elem->kind == TypeKind::Chan && t->elem->dir == ChanDir::Recv) {
        out += "(";
        writeType(out, t->elem, q, depth + 1);
        out += ")";
      } else {
        writeType(out, t->elem, q, depth + 1);
      }
      return;
    case TypeKind::Func:
      out += "func";
      writeSig(out, t, q, depth);
      return;
    case TypeKind::Tuple:
      out += "(";
      for (size_t i = 0; i < t->elems.size(); i++) {
        if (i) out += ", ";
        writeType(out, t->elems[i], q, depth + 1);
      }
      out += ")";
      return;
    case TypeKind::Struct:
      // unqualified = diagnostics, which gc prints types2-style ("struct{}");
      // qualified = runtime %T and panics, reflect-style ("struct {}")
      if (t->fields.empty()) { out += q ? "struct {}" : "struct{}"; return; }
      out += q ? "struct { " : "struct{";
      for (size_t i = 0; i < t->fields.size(); i++) {
        if (i) out += "; ";
        const StructField& f = t->fields[i];
        if (!f.embedded) { out += f.name; out += " "; }
        writeType(out, f.type, q, depth + 1);
        if (!f.tag.empty()) {
          out += " \"";
          for (char c : f.tag) { if (c == '"' || c == '\\') out += '\\'; out += c; }
          out += "\"";
        }
      }
      out += q ? " }" : "}";
      return;
    case TypeKind::Interface: {
      if (t->methods.empty() && t->terms.empty() && !t->comparableConstraint) {
        out += q ? "interface {}" : "interface{}";
        return;
      }
      out += q ? "interface { " : "interface{";
      bool first = true;
      if (t->comparableConstraint) { out += "comparable"; first = false; }
      for (auto& m : t->methods) {
        if (!first) out += "; ";
        first = false;
        out += m.name;
        writeSig(out, m.sig, q, depth + 1);
      }
      if (!t->terms.empty()) {
        if (!first) out += "; ";
        for (size_t i = 0; i < t->terms.size(); i++) {
          if (i) out += " | ";
          if (t->terms[i].tilde) out += "~";
          writeType(out, t->terms[i].type, q, depth + 1);
        }
      }
      out += q ? " }" : "}";
      return;
    }
    default:
      out += basicName(t->kind);
      return;
  }
}

std::string Type::str(bool qualify) const {
  std::string out;
  writeType(out, this, qualify, 0);
  return out;
}

// ------------------------------------------------------------------ symbols / scopes
std::string Symbol::qualifiedName() const {
  std::string prefix = pkg ? pkg->path + "." : "";
  if (kind == SymbolKind::Func && recvBase) {
    if (ptrRecv) return prefix + "(*" + recvBase->name + ")." + name;
    return prefix + recvBase->name + "." + name;
  }
  return prefix + name;
}

Symbol* Scope::lookupLocal(const std::string& n) const {
  auto it = names.find(n);
  return it == names.end() ? nullptr : it->second;
}

Symbol* Scope::lookup(const std::string& n) const {
  for (const Scope* s = this; s; s = s->parent) {
    auto it = s->names.find(n);
    if (it != s->names.end()) return it->second;
  }
  return nullptr;
}

// ------------------------------------------------------------------ TypeTable
// Basic types are immutable and shared by all TypeTables (so defaultType()
// needs no table).
static const std::vector<const Type*>& sharedBasics() {
  static const std::vector<const Type*> basics = [] {
    static Type storage[static_cast<size_t>(TypeKind::UntypedNil) + 1];
    std::vector<const Type*> v;
    for (int k = 0; k <= static_cast<int>(TypeKind::UntypedNil); k++) {
      storage[k].kind = static_cast<TypeKind>(k);
      v.push_back(&storage[k]);
    }
    return v;
  }();
  return basics;
}

TypeTable::TypeTable() {
  basics_ = sharedBasics();
  any_ = interfaceOf({}, {}, false);
  const Type* errSig = funcOf({}, {basic(TypeKind::String)}, false);
  const Type* errIface = interfaceOf({Type::Method{"Error", errSig, nullptr}});
  Type* e = newNamed("error", nullptr, nullptr);
  e->underlyingType = errIface;
  error_ = e;
  Type* c = newNamed("comparable", nullptr, nullptr);
  c->underlyingType = interfaceOf({}, {}, true);
  comparable_ = c;
}

const Type* TypeTable::basic(TypeKind k) const {
  size_t i = static_cast<size_t>(k);
  return i < basics_.size() ? basics_[i] : basics_[0];
}
const Type* TypeTable::errorType() const { return error_; }
const Type* TypeTable::anyType() const { return any_; }
const Type* TypeTable::comparableType() const { return comparable_; }

const Type* TypeTable::intern(Type&& t, const std::string& key) {
  auto it = interned_.find(key);
  if (it != interned_.end()) return it->second;
  types_.push_back(std::move(t));
  const Type* p = &types_.back();
  interned_.emplace(key, p);
  return p;
}

const Type* TypeTable::sliceOf(const Type* elem) {
  Type t; t.kind = TypeKind::Slice; t.elem = elem;
  return intern(std::move(t), "S" + idOf(elem));
}
const Type* TypeTable::arrayOf(const Type* elem, int64_t len) {
  Type t; t.kind = TypeKind::Array; t.elem = elem; t.len = len;
  return intern(std::move(t), "A" + std::to_string(len) + ":" + idOf(elem));
}
const Type* TypeTable::pointerTo(const Type* elem) {
  Type t; t.kind = TypeKind::Pointer; t.elem = elem;
  return intern(std::move(t), "P" + idOf(elem));
}
const Type* TypeTable::mapOf(const Type* key, const Type* value) {
  Type t; t.kind = TypeKind::Map; t.key = key; t.elem = value;
  return intern(std::move(t), "M" + idOf(key) + ":" + idOf(value));
}
const Type* TypeTable::chanOf(const Type* elem, ChanDir dir) {
  Type t; t.kind = TypeKind::Chan; t.elem = elem; t.dir = dir;
  return intern(std::move(t), "C" + std::to_string(static_cast<int>(dir)) + ":" + idOf(elem));
}
const Type* TypeTable::funcOf(std::vector<const Type*> params, std::vector<const Type*> results, bool variadic) {
  std::string key = variadic ? "FV(" : "F(";
  for (auto* p : params) key += idOf(p) + ",";
  key += ")(";
  for (auto* r : results) key += idOf(r) + ",";
  key += ")";
  Type t; t.kind = TypeKind::Func; t.params = std::move(params); t.results = std::move(results); t.variadic = variadic;
  return intern(std::move(t), key);
}
const Type* TypeTable::tupleOf(std::vector<const Type*> elems) {
  std::string key = "T(";
  for (auto* e : elems) key += idOf(e) + ",";
  key += ")";
  Type t; t.kind = TypeKind::Tuple; t.elems = std::move(elems);
  return intern(std::move(t), key);
}
const Type* TypeTable::structOf(std::vector<StructField> fields) {
  std::string key = "R{";
  for (auto& f : fields) {
    key += (f.embedded ? "E" : "N") + f.name + " " + idOf(f.type) + " " + std::to_string(f.tag.size()) + ":" + f.tag + ";";
    // non-exported field names from different packages are distinct; all
    // our user code is one package, so the name suffices.
  }
  key += "}";
  Type t; t.kind = TypeKind::Struct; t.fields = std::move(fields);
  for (auto& f : t.fields) t.fieldKinds.push_back(f.type ? f.type->slotKind() : SlotKind::Ref);
  return intern(std::move(t), key);
}
const Type* TypeTable::interfaceOf(std::vector<Type::Method> methods, std::vector<Type::Term> terms, bool comparable) {
  std::sort(methods.begin(), methods.end(), [](const Type::Method& a, const Type::Method& b) { return a.name < b.name; });
  std::string key = comparable ? "Ic{" : "I{";
  for (auto& m : methods) key += m.name + " " + idOf(m.sig) + ";";
  key += "|";
  for (auto& t : terms) key += (t.tilde ? "~" : "") + idOf(t.type) + "|";
  key += "}";
  Type t; t.kind = TypeKind::Interface; t.methods = std::move(methods); t.terms = std::move(terms);
  t.comparableConstraint = comparable;
  return intern(std::move(t), key);
}
Type* TypeTable::newNamed(const std::string& name, Package* pkg, Symbol* typeName) {
  Type t; t.kind = TypeKind::Named; t.name = name; t.pkg = pkg; t.typeName = typeName;
  types_.push_back(std::move(t));
  return &types_.back();
}
Type* TypeTable::newTypeParam(const std::string& name, const Type* constraint) {
  Type t; t.kind = TypeKind::TypeParam; t.name = name; t.underlyingType = constraint;
  types_.push_back(std::move(t));
  return &types_.back();
}
Symbol* TypeTable::newSymbol(SymbolKind k, const std::string& name, Pos pos) {
  Symbol s; s.kind = k; s.name = name; s.pos = pos;
  symbols_.push_back(std::move(s));
  return &symbols_.back();
}
Package* TypeTable::newPackage(const std::string& path, const std::string& name) {
  packages_.emplace_back();
  Package* p = &packages_.back();
  p->path = path;
  p->name = name;
  return p;
}

int typeNestingDepth(const Type* t, int limit) {
  if (!t || limit <= 0) return 0;
  int d = 0;
  auto sub = [&](const Type* x) { if (d < limit) d = std::max(d, typeNestingDepth(x, limit - 1)); };
  sub(t->elem);
  sub(t->key);
  for (const StructField& f : t->fields) sub(f.type);
  for (const Type* p : t->params) sub(p);
  for (const Type* r : t->results) sub(r);
  for (const Type* a : t->typeArgs) sub(a);
  return std::min(limit, d + 1);
}

const Type* TypeTable::instantiate(const Type* generic, const std::vector<const Type*>& args) {
  for (const Type* a : args)
    if (typeNestingDepth(a, kMaxInstanceDepth + 1) > kMaxInstanceDepth) {
      instantiationCycle_ = true;
      return basic(TypeKind::Invalid);
    }
  std::string key = idOf(generic) + "[";
  for (auto* a : args) key += idOf(a) + ",";
  auto it = instances_.find(key);
  if (it != instances_.end()) return it->second;
  Type* inst = newNamed(generic->name, generic->pkg, generic->typeName);
  inst->typeArgs = args;
  inst->origin = generic;
  instances_.emplace(key, inst);
  if (generic->underlyingType) inst->underlyingType = subst(generic->underlyingType->underlying(), generic->typeParams, args);
  else pendingInstances_.push_back(inst);
  return inst;
}

void TypeTable::completeInstances() {
  // Completing one instance may create more; iterate until stable (bounded).
  for (int round = 0; round < 100 && !pendingInstances_.empty(); round++) {
    std::vector<Type*> pending;
    pending.swap(pendingInstances_);
    for (Type* inst : pending) {
      const Type* g = inst->origin;
      if (!inst->underlyingType && g->underlyingType)
        inst->underlyingType = subst(g->underlyingType->underlying(), g->typeParams, inst->typeArgs);
      else if (!inst->underlyingType)
        pendingInstances_.push_back(inst);
    }
  }
}

const Type* TypeTable::subst(const Type* t, const std::vector<const Type*>& params, const std::vector<const Type*>& args) {
  if (params.empty()) return t;
  return substRec(t, params, args, 0);
}

const Type* TypeTable::substRec(const Type* t, const std::vector<const Type*>& ps, const std::vector<const Type*>& as, int depth) {
  if (!t || depth > 100) return t;
  auto rec = [&](const Type* x) { return substRec(x, ps, as, depth + 1); };
  switch (t->kind) {
    case TypeKind::TypeParam:
      for (size_t i = 0; i < ps.size() && i < as.size(); i++) if (ps[i] == t) return as[i];
      return t;
    case TypeKind::Named: {
      if (t->typeArgs.empty()) return t;
      std::vector<const Type*> na;
      bool changed = false;
      for (auto* a : t->typeArgs) { na.push_back(rec(a)); changed |= na.back() != a; }
      return changed ? instantiate(t->origin ? t->origin : t, na) : t;
    }
    case TypeKind::Array: { const Type* e = rec(t->elem); return e == t->elem ? t : arrayOf(e, t->len); }
    case TypeKind::Slice: { const Type* e = rec(t->elem); return e == t->elem ? t : sliceOf(e); }
    case TypeKind::Pointer: { const Type* e = rec(t->elem); return e == t->elem ? t : pointerTo(e); }
    case TypeKind::Chan: { const Type* e = rec(t->elem); return e == t->elem ? t : chanOf(e, t->dir); }
    case TypeKind::Map: {
      const Type* k = rec(t->key); const Type* v = rec(t->elem);
      return (k == t->key && v == t->elem) ? t : mapOf(k, v);
    }
    case TypeKind::Func: {
      std::vector<const Type*> p, r;
      bool changed = false;
      for (auto* x : t->params) { p.push_back(rec(x)); changed |= p.back() != x; }
      for (auto* x : t->results) { r.push_back(rec(x)); changed |= r.back() != x; }
      return changed ? funcOf(p, r, t->variadic) : t;
    }
    case TypeKind::Tuple: {
      std::vector<const Type*> e;
      bool changed = false;
      for (auto* x : t->elems) { e.push_back(rec(x)); changed |= e.back() != x; }
      return changed ? tupleOf(e) : t;
    }
    case TypeKind::Struct: {
      std::vector<StructField> f = t->fields;
      bool changed = false;
      for (auto& x : f) { const Type* n = rec(x.type); changed |= n != x.type; x.type = n; }
      return changed ? structOf(f) : t;
    }
    case TypeKind::Interface: {
      std::vector<Type::Method> m = t->methods;
      std::vector<Type::Term> terms = t->terms;
      bool changed = false;
      for (auto& x : m) { const Type* n = rec(x.sig); changed |= n != x.sig; x.sig = n; }
      for (auto& x : terms) { const Type* n = rec(x.type); changed |= n != x.type; x.type = n; }
      return changed ? interfaceOf(m, terms, t->comparableConstraint) : t;
    }
    default:
      return t;
  }
}

const ConstValue* TypeTable::keepConst(const ConstValue& v) {
  consts_.push_back(std::make_shared<const ConstValue>(v));
  return consts_.back().get();
}

void TypeTable::refreshFieldKinds() {
  for (auto& t : types_) {
    if (t.kind != TypeKind::Struct) continue;
    t.fieldKinds.clear();
    for (auto& f : t.fields) t.fieldKinds.push_back(f.type ? f.type->slotKind() : SlotKind::Ref);
  }
}

// ------------------------------------------------------------------ relations
bool identical(const Type* a, const Type* b) { return a == b; }

const Type* defaultType(const Type* t) {
  if (!t) return t;
  const auto& b = sharedBasics();
  switch (t->kind) {
    case TypeKind::UntypedBool: return b[static_cast<size_t>(TypeKind::Bool)];
    case TypeKind::UntypedInt: return b[static_cast<size_t>(TypeKind::Int)];
    case TypeKind::UntypedRune: return b[static_cast<size_t>(TypeKind::Int32)];
    case TypeKind::UntypedFloat: return b[static_cast<size_t>(TypeKind::Float64)];
    case TypeKind::UntypedString: return b[static_cast<size_t>(TypeKind::String)];
    default: return t;
  }
}

static bool isTypeParam(const Type* t) { return t && t->kind == TypeKind::TypeParam; }

bool assignableTo(const Type* v, const Type* t) {
  if (!v || !t) return false;
  if (v == t) return true;
  const Type* vu = v->underlying();
  const Type* tu = t->underlying();
  if (v->isUntyped()) {
    switch (v->kind) {
      case TypeKind::UntypedNil:
        switch (tu->kind) {
          case TypeKind::Pointer: case TypeKind::Func: case TypeKind::Slice: case TypeKind::Map:
          case TypeKind::Chan: case TypeKind::Interface: case TypeKind::UnsafePointer: return !isTypeParam(t);
          default: return false;
        }
      case TypeKind::UntypedBool: return tu->kind == TypeKind::Bool || (tu->kind == TypeKind::Interface && tu->methods.empty());
      case TypeKind::UntypedString: return tu->kind == TypeKind::String || (tu->kind == TypeKind::Interface && tu->methods.empty());
      default:
        return tu->isNumeric() || (tu->kind == TypeKind::Interface && tu->methods.empty());
    }
  }
  if (vu == tu && (!v->isNamed() || !t->isNamed()) && !isTypeParam(v) && !isTypeParam(t)) return true;
  if (tu->kind == TypeKind::Interface && !isTypeParam(t) && tu->terms.empty()) return implements(v, t);
  if (vu->kind == TypeKind::Chan && vu->dir == ChanDir::Both && tu->kind == TypeKind::Chan && vu->elem == tu->elem &&
      (!v->isNamed() || !t->isNamed()))
    return true;
  return false;
}

// Breadth-first search through embedded fields (Go spec: shallowest depth).
FieldOrMethod lookupFieldOrMethod(const Type* t, const std::string& name) {
  FieldOrMethod res;
  if (!t || name == "_") return res;
  struct Entry { const Type* type; std::vector<int> path; std::vector<bool> derefs; bool indirect; };
  bool startPtr = false;
  const Type* start = t;
  if (t->kind == TypeKind::Pointer) {
    start = t->elem;
    startPtr = true;
  } else if (t->underlying()->kind == TypeKind::Pointer && !t->isNamed()) {
    start = t->underlying()->elem;
    startPtr = true;
  }
  std::vector<Entry> level{{start, {}, {}, startPtr}};
  std::set<const Type*> seen;
  for (int depth = 0; depth < 32 && !level.empty(); depth++) {
    std::vector<Entry> next;
    int found = 0;
    FieldOrMethod cand;
    for (auto& e : level) {
      const Type* typ = e.type;
      bool isPtr = false;
      if (typ->kind == TypeKind::Pointer) { typ = typ->elem; isPtr = true; }
      if (typ->kind == TypeKind::Named) {
        if (seen.count(typ)) continue;
        seen.insert(typ);
        // an instance's methods are its origin's, read now: an instance made
        // before the origin's methods were collected has them too
        for (Symbol* m : (typ->origin ? typ->origin : typ)->declaredMethods) {
          if (m->name == name) {
            found++;
            cand = FieldOrMethod{};
            cand.kind = FieldOrMethod::Kind::Method;
            cand.method = m;
            cand.recvNamed = typ;
            cand.path = e.path;
            cand.derefs = e.derefs;
            cand.indirect = e.indirect || isPtr;
            cand.recvIsPtr = isPtr || (depth == 0 && startPtr);
          }
        }
      }
      const Type* u = typ->underlying();
      if (u->kind == TypeKind::Struct) {
        for (size_t i = 0; i < u->fields.size(); i++) {
          const StructField& f = u->fields[i];
          if (f.name == name) {
            found++;
            cand = FieldOrMethod{};
            cand.kind = FieldOrMethod::Kind::Field;
            cand.path = e.path;
            cand.path.push_back(static_cast<int>(i));
            cand.derefs = e.derefs;
            cand.derefs.push_back(isPtr || (depth == 0 && startPtr));
            cand.fieldType = f.type;
            cand.indirect = e.indirect || isPtr;
          }
          if (f.embedded) {
            Entry n{f.type, e.path, e.derefs, e.indirect || isPtr};
            n.path.push_back(static_cast<int>(i));
            n.derefs.push_back(isPtr || (depth == 0 && startPtr));
            next.push_back(std::move(n));
          }
        }
      } else if (u->kind == TypeKind::Interface) {
        for (size_t i = 0; i < u->methods.size(); i++) {
          if (u->methods[i].name == name) {
            found++;
            cand = FieldOrMethod{};
            cand.kind = FieldOrMethod::Kind::Method;
            cand.onInterface = true;
            cand.ifaceIndex = static_cast<int>(i);
            cand.ifaceType = u;
            cand.recvNamed = typ->isNamed() ? typ : nullptr;
            cand.path = e.path;
            cand.derefs = e.derefs;
            cand.indirect = e.indirect || isPtr;
            cand.recvIsPtr = isPtr;
          }
        }
      }
    }
    if (found == 1) return cand;
    if (found > 1) { res.kind = FieldOrMethod::Kind::Ambiguous; return res; }
    level = std::move(next);
  }
  return res;
}

MethodLookup lookupMethod(const Type* t, const std::string& name) {
  MethodLookup r;
  FieldOrMethod f = lookupFieldOrMethod(t, name);
  if (f.kind != FieldOrMethod::Kind::Method) return r;
  r.method = f.method;
  r.path = f.path;
  r.derefs = f.derefs;
  r.indirect = f.indirect;
  r.onInterface = f.onInterface;
  r.ifaceIndex = f.ifaceIndex;
  return r;
}

// Method signature of a concrete method as seen through `recvNamed` (an
// instance substitutes the origin's type parameters). Without a TypeTable we
// can only compare uninstantiated signatures; the checker passes instances
// through its own path. Here: the symbol's type.
static const Type* methodSig(const FieldOrMethod& f) {
  if (f.onInterface) return f.ifaceType->methods[static_cast<size_t>(f.ifaceIndex)].sig;
  return f.method ? f.method->type : nullptr;
}

bool missingMethod(const Type* t, const Type* iface, std::string* reason) {
  const Type* iu = iface->underlying();
  if (iu->kind != TypeKind::Interface) return false;
  const Type* tu = t->underlying();
  for (auto& m : iu->methods) {
    if (tu->kind == TypeKind::Interface && t->kind != TypeKind::TypeParam) {
      bool ok = false;
      for (auto& tm : tu->methods) {
        if (tm.name == m.name) {
          if (tm.sig != m.sig) { if (reason) *reason = "wrong type for method " + m.name; return true; }
          ok = true;
        }
      }
      if (!ok) { if (reason) *reason = "missing method " + m.name; return true; }
      continue;
    }
    FieldOrMethod f = lookupFieldOrMethod(t, m.name);
    if (f.kind != FieldOrMethod::Kind::Method) {
      if (reason) *reason = "missing method " + m.name;
      return true;
    }
    const Type* sig = methodSig(f);
    if (sig != m.sig && !(f.recvNamed && f.recvNamed->origin)) {
      if (reason) *reason = "wrong type for method " + m.name;
      return true;
    }
    // pointer-receiver methods are not in the value type's method set
    if (!f.onInterface && f.method && f.method->ptrRecv && t->kind != TypeKind::Pointer && !f.indirect) {
      if (reason) *reason = "method " + m.name + " has pointer receiver";
      return true;
    }
  }
  return false;
}

bool implements(const Type* t, const Type* iface, std::string* missing) {
  std::string reason;
  if (missingMethod(t, iface, &reason)) {
    if (missing) *missing = reason;
    return false;
  }
  return true;
}

}  // namespace heapscope
