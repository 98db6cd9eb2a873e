// Operators (unary, binary, shifts, comparisons), untyped conversion,
// representability, assignability and conversions, with gc's wording.
#include "types/checker_impl.h"

namespace heapscope {

static bool isUntypedNumericKind(TypeKind k) {
  return k == TypeKind::UntypedInt || k == TypeKind::UntypedRune || k == TypeKind::UntypedFloat;
}

static std::string kindString(const Type* t) {
  switch (t->underlying()->kind) {
    case TypeKind::Interface: return t->kind == TypeKind::TypeParam ? t->str(false) : "interface";
    case TypeKind::Slice: return "slice";
    case TypeKind::Map: return "map";
    case TypeKind::Func: return "func";
    case TypeKind::Chan: return "chan";
    case TypeKind::Struct: return "struct";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Array: return "array";
    default: return t->str(false);
  }
}

// ---------------------------------------------------------------- describe
std::string Checker::describe(const Expr* e) {
  std::string s = gcExprString(e);
  if (e->kind == NodeKind::Ident && e->as<Ident>()->name == "nil" && e->type && e->type->kind == TypeKind::UntypedNil)
    return "nil";
  std::string out = s + " (";
  bool hasType = false;
  switch (e->mode) {
    case ExprMode::Invalid: case ExprMode::NoValue: case ExprMode::Builtin: case ExprMode::TypeExpr: break;
    default:
      if (e->type) {
        if (e->type->isUntyped()) { out += e->type->str(false) + " "; }
        else hasType = true;
      }
  }
  switch (e->mode) {
    case ExprMode::Invalid: out += "invalid operand"; break;
    case ExprMode::NoValue: out += "no value"; break;
    case ExprMode::Builtin: out += "built-in"; break;
    case ExprMode::TypeExpr: out += "type"; break;
    case ExprMode::Constant: out += "constant"; break;
    case ExprMode::Variable: out += "variable"; break;
    case ExprMode::MapIndex: out += "map index expression"; break;
    case ExprMode::CommaOk: out += "comma, ok expression"; break;
    case ExprMode::Package: out += "package"; break;
    default: out += "value"; break;
  }
  if (e->mode == ExprMode::Constant && e->constant) {
    std::string v = e->constant->str();
    if (v != s) out += " " + v;
  }
  if (hasType) {
    out += " of type " + typeStr(e->type);
    if (isTypeParam(e->type) && constraintOf(e->type)) out += " constrained by " + constraintStr(constraintOf(e->type));
  }
  out += ")";
  return out;
}

// ---------------------------------------------------------------- representability
bool Checker::representable(Expr* e, const Type* target, ConstValue* out, int* code) {
  const ConstValue& v = *e->constant;
  const Type* u = target->underlying();
  *code = 0;
  if (u->kind == TypeKind::Invalid) { *out = v; return true; }
  if (u->isInteger()) {
    if (!v.isNumeric()) { *code = 3; return false; }
    if (!v.isIntegral()) { *code = 2; return false; }
    ConstValue iv = v.toInt();
    if (u->kind == TypeKind::UntypedInt || u->kind == TypeKind::UntypedRune) { *out = iv; return true; }
    int bits = target->intBits();
    bool uns = target->isUnsigned();
    const BigInt& n = iv.num;
    bool ok;
    if (uns) ok = !n.isNeg() && n.bitLen() <= bits;
    else ok = n.bitLen() < bits || (n.isNeg() && n.bitLen() == bits && cmp(n, -BigInt::fromU64(1).shl(static_cast<unsigned>(bits - 1))) == 0);
    if (!ok) { *code = 1; return false; }
    *out = iv;
    return true;
  }
  if (u->isFloat()) {
    if (!v.isNumeric()) { *code = 3; return false; }
    if (u->kind == TypeKind::UntypedFloat) { *out = v.toFloat(); return true; }
    ConstValue r;
    if (!v.roundToFloat(u->kind == TypeKind::Float32 ? 32 : 64, &r)) { *code = 1; return false; }
    *out = r;
    return true;
  }
  if (u->kind == TypeKind::Complex64 || u->kind == TypeKind::Complex128) {
    *code = 3;
    return false;
  }
  if (u->isString()) {
    if (v.kind != ConstValue::Kind::String) { *code = 3; return false; }
    *out = v;
    return true;
  }
  if (u->isBoolean()) {
    if (v.kind != ConstValue::Kind::Bool) { *code = 3; return false; }
    *out = v;
    return true;
  }
  *code = 3;
  return false;
}

// Gives an untyped expression its final type, updating nested untyped
// operands so the compiler sees concrete types everywhere.
void Checker::convertUntyped(Expr* e, const Type* target) {
  if (!e->type || !e->type->isUntyped() || !target || e->mode == ExprMode::Invalid) return;
  if (target->kind == TypeKind::Invalid) return;
  const Type* from = e->type;
  if (target->isUntyped()) {
    // both untyped: only numeric kinds widen (int < rune < float)
    if (isUntypedNumericKind(from->kind) && isUntypedNumericKind(target->kind)) {
      if (static_cast<int>(target->kind) > static_cast<int>(from->kind)) {
        e->type = target;
        if (e->mode == ExprMode::Constant && target->kind == TypeKind::UntypedFloat)
          e->constant = keep(tt, e->constant->toFloat());
      }
    }
    return;
  }
  const Type* tu = target->underlying();
  if (tu->kind == TypeKind::Interface && !isTypeParam(target)) {
    if (from->kind == TypeKind::UntypedNil) { e->type = target; return; }
    convertUntyped(e, defaultType(from));
    return;
  }
  if (from->kind == TypeKind::UntypedNil) {
    switch (tu->kind) {
      case TypeKind::Pointer: case TypeKind::Func: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
      case TypeKind::UnsafePointer:
        e->type = target;
        return;
      default:
        if (isTypeParam(target) && typeSetAll(target, [](const Type* t) {
              auto k = t->underlying()->kind;
              return k == TypeKind::Pointer || k == TypeKind::Func || k == TypeKind::Slice || k == TypeKind::Map ||
                     k == TypeKind::Chan || k == TypeKind::Interface;
            })) {
          e->type = target;
          return;
        }
        error(e->pos, "cannot convert nil to type " + typeStr(target));
        e->mode = ExprMode::Invalid;
        return;
    }
  }
  if (isTypeParam(target)) {
    // each type in the type set must accept the value
    bool ok = typeSetAll(target, [&](const Type* t) {
      if (e->mode != ExprMode::Constant) return true;
      ConstValue out;
      int code;
      return representable(e, t, &out, &code);
    });
    if (!ok) {
      error(e->pos, "cannot use " + describe(e) + " as " + typeStr(target) + " value");
      e->mode = ExprMode::Invalid;
      return;
    }
    e->type = target;
    return;
  }
  if (e->mode == ExprMode::Constant) {
    ConstValue out;
    int code;
    if (!representable(e, target, &out, &code)) {
      const Type* t = tu;
      if (code == 2) error(e->pos, describe(e) + " truncated to " + typeStr(t));
      else if (code == 1) error(e->pos, describe(e) + " overflows " + typeStr(t));
      else error(e->pos, "cannot convert " + describe(e) + " to type " + typeStr(t));
      e->mode = ExprMode::Invalid;
      return;
    }
    e->type = target;
    e->constant = keep(tt, out);
    // propagate into parenthesized constants
    Expr* x = e;
    while (x->kind == NodeKind::ParenExpr) {
      x = x->as<ParenExpr>()->x;
      x->type = target;
      x->constant = e->constant;
    }
    return;
  }
  // non-constant untyped value: bool from comparisons, or shifts of untyped constants
  bool ok = false;
  switch (from->kind) {
    case TypeKind::UntypedBool: ok = tu->kind == TypeKind::Bool; break;
    case TypeKind::UntypedString: ok = tu->kind == TypeKind::String; break;
    default: ok = tu->isNumeric(); break;
  }
  if (!ok) {
    error(e->pos, "cannot convert " + describe(e) + " to type " + typeStr(target));
    e->mode = ExprMode::Invalid;
    return;
  }
  e->type = target;
  Expr* x = unparen(e);
  if (x != e) convertUntyped(x, target);
  if (x->kind == NodeKind::BinaryExpr) {
    BinaryExpr* be = x->as<BinaryExpr>();
    x->type = target;
    switch (be->op) {
      case Token::Kind::Eql: case Token::Kind::Neq: case Token::Kind::Lss: case Token::Kind::Leq:
      case Token::Kind::Gtr: case Token::Kind::Geq:
        break;  // operands keep their own types
      case Token::Kind::Shl: case Token::Kind::Shr:
        convertUntyped(be->x, target);
        break;
      default:
        convertUntyped(be->x, target);
        convertUntyped(be->y, target);
        break;
    }
  } else if (x->kind == NodeKind::UnaryExpr) {
    x->type = target;
    convertUntyped(x->as<UnaryExpr>()->x, target);
  }
}

// ---------------------------------------------------------------- assignability
std::string Checker::missingMethodReason(const Type* t, const Type* iface, bool* ok) {
  *ok = true;
  const Type* iu = iface->underlying();
  if (iu->kind != TypeKind::Interface) return "";
  const Type* tu = t->underlying();
  for (auto& m : iu->methods) {
    if (tu->kind == TypeKind::Interface && !isTypeParam(t)) {
      bool found = false;
      for (auto& tm : tu->methods) {
        if (tm.name != m.name) continue;
        found = true;
        if (tm.sig != m.sig) {
          *ok = false;
          return "wrong type for method " + m.name + ")\n\t\thave " + m.name + tm.sig->str(false).substr(4) + "\n\t\twant " +
                 m.name + m.sig->str(false).substr(4);
        }
      }
      if (!found) { *ok = false; return "missing method " + m.name; }
      continue;
    }
    const Type* lt = t;
    if (isTypeParam(t)) lt = constraintOf(t);
    FieldOrMethod f = lookupFieldOrMethod(lt, m.name);
    if (f.kind != FieldOrMethod::Kind::Method) {
      *ok = false;
      // a method with different case?
      return "missing method " + m.name;
    }
    const Type* sig = methodSigFor(f);
    if (sig != m.sig) {
      *ok = false;
      return "wrong type for method " + m.name + ")\n\t\thave " + m.name + sig->str(false).substr(4) + "\n\t\twant " + m.name +
             m.sig->str(false).substr(4);
    }
    if (!f.onInterface && f.method && f.method->ptrRecv && !f.recvIsPtr && !(t->kind == TypeKind::Pointer)) {
      bool anyDeref = false;
      for (bool d : f.derefs) anyDeref |= d;
      if (!anyDeref) {
        *ok = false;
        return "method " + m.name + " has pointer receiver";
      }
    }
  }
  return "";
}

// Returns true if e (already checked) may be assigned to target; on false
// *reason holds gc's explanation suffix (may be empty).
bool Checker::assignableMsg(Expr* e, const Type* target, std::string* reason) {
  const Type* v = e->type;
  if (v == target) return true;
  const Type* vu = v->underlying();
  const Type* tu = target->underlying();
  if (v->isUntyped()) return assignableTo(v, target);
  if (vu == tu && (!v->isNamed() || !target->isNamed()) && !isTypeParam(v) && !isTypeParam(target)) return true;
  if (tu->kind == TypeKind::Interface && !isTypeParam(target)) {
    bool ok;
    std::string why = missingMethodReason(v, target, &ok);
    if (ok) return true;
    *reason = typeStr(v) + " does not implement " + typeStr(target) + " (" + why + ")";
    if (why.find(")\n") != std::string::npos) *reason = typeStr(v) + " does not implement " + typeStr(target) + " (" + why;
    return false;
  }
  if (vu->kind == TypeKind::Chan && vu->dir == ChanDir::Both && tu->kind == TypeKind::Chan && vu->elem == tu->elem &&
      (!v->isNamed() || !target->isNamed()))
    return true;
  if (vu->kind == TypeKind::Pointer && tu->kind == TypeKind::Pointer && vu->elem->isInterface() == false && tu->elem->isInterface() &&
      !isTypeParam(tu->elem)) {
    *reason = typeStr(v) + " does not implement " + typeStr(target) + " (type " + typeStr(target) + " is pointer to interface, not interface)";
    return false;
  }
  // an interface value whose dynamic type could be the target: gc hints at
  // the missing assertion ("cannot use x (… interface{}) as int value …: need type assertion")
  if (vu->kind == TypeKind::Interface && !isTypeParam(v) && !isTypeParam(target)) {
    bool ok;
    missingMethodReason(target, v, &ok);
    if (ok) *reason = "need type assertion";
  }
  return false;
}

// How gc prints a type parameter's constraint: the universe `any` as "any",
// an implicit constraint ([T int | string]) as its union "int | string".
// Interned types cannot tell `any` from `interface{}` or `[T int|string]`
// from `[T interface{ int | string }]`; the common spelling wins.
std::string Checker::constraintStr(const Type* c) {
  if (c->kind != TypeKind::Interface) return typeStr(c);
  if (c->methods.empty() && !c->comparableConstraint) {
    if (c->terms.empty()) return "any";
    std::string out;
    for (size_t i = 0; i < c->terms.size(); i++) {
      if (i) out += " | ";
      if (c->terms[i].tilde) out += "~";
      out += typeStr(c->terms[i].type);
    }
    return out;
  }
  return typeStr(c);
}

// A generic type with its parameter list as gc prints it: "Pair[K comparable, V any]"
// (parameters sharing a bound are grouped: "[K, V any]").
std::string Checker::genericTypeStr(const Type* g) {
  std::string out = g->name + "[";
  const Type* prev = nullptr;
  for (size_t i = 0; i < g->typeParams.size(); i++) {
    const Type* tp = g->typeParams[i];
    const Type* bound = constraintOf(tp);
    if (i > 0) {
      if (bound != prev && prev) out += " " + constraintStr(prev);
      out += ", ";
    }
    prev = bound;
    out += tp->name;
  }
  if (prev) out += " " + constraintStr(prev);
  return out + "]";
}

std::string Checker::spelledTypeOf(const Expr* typeExpr) {
  if (!typeExpr || typeExpr->kind != NodeKind::Ident) return "";
  const Ident* id = typeExpr->as<Ident>();
  if ((id->name == "byte" || id->name == "rune") && id->symbol && id->symbol == universe.names[id->name]) return id->name;
  return "";
}

bool Checker::assign(Expr* e, const Type* target, const std::string& context) {
  if (e->mode == ExprMode::Invalid || !target || target->kind == TypeKind::Invalid) return true;
  if (!e->type || e->type->kind == TypeKind::Invalid) return true;
  if (e->type->kind == TypeKind::Tuple) return true;  // reported by the caller
  if (e->type->isUntyped()) {
    const Type* tu = target->underlying();
    if (e->type->kind == TypeKind::UntypedNil) {
      // a type parameter accepts nil when every type of its type set does
      // (M ~map[K]V in maps.Clone)
      if (isTypeParam(target) && typeSetAll(target, [&](const Type* t) {
            switch (t->underlying()->kind) {
              case TypeKind::Pointer: case TypeKind::Func: case TypeKind::Slice: case TypeKind::Map:
              case TypeKind::Chan: case TypeKind::Interface: case TypeKind::UnsafePointer: return true;
              default: return false;
            }
          })) {
        e->type = target;
        return true;
      }
      switch (tu->kind) {
        case TypeKind::Pointer: case TypeKind::Func: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
        case TypeKind::Interface: case TypeKind::UnsafePointer:
          if (!isTypeParam(target)) { e->type = target; return true; }
          break;
        default: break;
      }
      error(e->pos, "cannot use nil as " + typeStr(target) + " value in " + context);
      e->mode = ExprMode::Invalid;
      return false;
    }
    if (tu->kind == TypeKind::Interface && !isTypeParam(target)) {
      convertUntyped(e, defaultType(e->type));
      if (e->mode == ExprMode::Invalid) return false;
      // fall through to the typed check (methods)
    } else if (e->mode == ExprMode::Constant) {
      ConstValue out;
      int code;
      if (isTypeParam(target)) {
        convertUntyped(e, target);
        return e->mode != ExprMode::Invalid;
      }
      if (!representable(e, target, &out, &code)) {
        std::string tname = declTypeSpelling_.empty() ? typeStr(target) : declTypeSpelling_;
        std::string msg = "cannot use " + describe(e) + " as " + tname + " value in " + context;
        if (code == 2) msg += " (truncated)";
        else if (code == 1) msg += " (overflows)";
        error(e->pos, msg);
        e->mode = ExprMode::Invalid;
        return false;
      }
      convertUntyped(e, target);
      return e->mode != ExprMode::Invalid;
    } else {
      bool ok = false;
      switch (e->type->kind) {
        case TypeKind::UntypedBool: ok = tu->kind == TypeKind::Bool; break;
        case TypeKind::UntypedString: ok = tu->kind == TypeKind::String; break;
        default: ok = tu->isNumeric(); break;
      }
      if (!ok && !isTypeParam(target)) {
        error(e->pos, "cannot use " + describe(e) + " as " + typeStr(target) + " value in " + context);
        e->mode = ExprMode::Invalid;
        return false;
      }
      convertUntyped(e, target);
      return true;
    }
  }
  std::string reason;
  if (assignableMsg(e, target, &reason)) return true;
  std::string msg = "cannot use " + describe(e) + " as " + typeStr(target) + " value in " + context;
  if (!reason.empty()) msg += ": " + reason;
  error(e->pos, msg);
  return false;
}

// ---------------------------------------------------------------- conversions
namespace {

// Identical types but for struct tags (the conversion rule "ignoring struct
// tags"): types are interned, so only structures that hold a struct differ.
bool identicalIgnoringTags(const Type* a, const Type* b) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind || a->isNamed()) return false;
  switch (a->kind) {
    case TypeKind::Struct:
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); i++) {
        const StructField& x = a->fields[i];
        const StructField& y = b->fields[i];
        if (x.name != y.name || x.embedded != y.embedded || !identicalIgnoringTags(x.type, y.type)) return false;
      }
      return true;
    case TypeKind::Array:
      return a->len == b->len && identicalIgnoringTags(a->elem, b->elem);
    case TypeKind::Slice: case TypeKind::Pointer:
      return identicalIgnoringTags(a->elem, b->elem);
    case TypeKind::Chan:
      return a->dir == b->dir && identicalIgnoringTags(a->elem, b->elem);
    case TypeKind::Map:
      return identicalIgnoringTags(a->key, b->key) && identicalIgnoringTags(a->elem, b->elem);
    default:
      return false;  // funcs, interfaces: tags inside them still count
  }
}

}  // namespace

bool Checker::convertible(const Type* from, const Type* to) {
  if (from == to) return true;
  const Type* fu = from->underlying();
  const Type* tu = to->underlying();
  if (identicalIgnoringTags(fu, tu) && !isTypeParam(from) && !isTypeParam(to)) return true;
  if (assignableTo(from, to)) return true;
  if (isTypeParam(from) || isTypeParam(to)) {
    auto fromSet = [&](const Type* f) {
      return typeSetAll(to, [&](const Type* t) { return convertible(f, t); });
    };
    if (isTypeParam(from)) return typeSetAll(from, fromSet);
    return fromSet(from);
  }
  if (fu->kind == TypeKind::Pointer && tu->kind == TypeKind::Pointer && !from->isNamed() && !to->isNamed() &&
      identicalIgnoringTags(fu->elem->underlying(), tu->elem->underlying()))
    return true;
  if (from->isNumeric() && to->isNumeric()) return true;
  if (to->isString() && from->isInteger()) return true;
  if (to->isString() && fu->kind == TypeKind::Slice &&
      (fu->elem->underlying()->kind == TypeKind::Uint8 || fu->elem->underlying()->kind == TypeKind::Int32))
    return true;
  if (from->isString() && tu->kind == TypeKind::Slice &&
      (tu->elem->underlying()->kind == TypeKind::Uint8 || tu->elem->underlying()->kind == TypeKind::Int32))
    return true;
  if (fu->kind == TypeKind::Slice && tu->kind == TypeKind::Array && fu->elem == tu->elem) return true;
  if (fu->kind == TypeKind::Slice && tu->kind == TypeKind::Pointer && tu->elem->underlying()->kind == TypeKind::Array &&
      tu->elem->underlying()->elem == fu->elem)
    return true;
  return false;
}

void Checker::conversion(CallExpr* ce, const Type* target) {
  ce->callKind = CallKind::Conversion;
  if (ce->args.size() != 1) {
    if (ce->args.empty()) error(ce->rparen, "missing argument in conversion to " + typeStr(target));
    else error(ce->args[1]->pos, "too many arguments in conversion to " + typeStr(target));
    for (Expr* a : ce->args) expr(a);
    ce->mode = ExprMode::Invalid;
    return;
  }
  if (ce->hasEllipsis) {
    error(ce->args[0]->pos, "invalid use of ... in conversion to " + typeStr(target));
  }
  Expr* x = ce->args[0];
  rvalue(x, target);
  if (x->mode == ExprMode::Invalid || target->kind == TypeKind::Invalid) { ce->mode = ExprMode::Invalid; return; }
  const Type* tu = target->underlying();
  bool constType = !isTypeParam(target) && tu->kind >= TypeKind::Bool && tu->kind <= TypeKind::String &&
                   tu->kind != TypeKind::Complex64 && tu->kind != TypeKind::Complex128;
  if (x->mode == ExprMode::Constant && constType) {
    const ConstValue& v = *x->constant;
    ConstValue out;
    int code = 0;
    // integer -> string conversion yields the UTF-8 of the rune
    if (tu->kind == TypeKind::String && x->type->isInteger()) {
      ConstValue iv = v.toInt();
      int64_t r = iv.num.fitsI64() ? iv.num.toI64() : -1;
      std::string s;
      uint32_t c = (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) ? 0xFFFD : static_cast<uint32_t>(r);
      if (c < 0x80) s += static_cast<char>(c);
      else if (c < 0x800) { s += static_cast<char>(0xC0 | (c >> 6)); s += static_cast<char>(0x80 | (c & 0x3F)); }
      else if (c < 0x10000) { s += static_cast<char>(0xE0 | (c >> 12)); s += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); s += static_cast<char>(0x80 | (c & 0x3F)); }
      else { s += static_cast<char>(0xF0 | (c >> 18)); s += static_cast<char>(0x80 | ((c >> 12) & 0x3F)); s += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); s += static_cast<char>(0x80 | (c & 0x3F)); }
      if (x->type->isUntyped()) convertUntyped(x, defaultType(x->type));
      setConst(ce, target, ConstValue::makeString(s));
      return;
    }
    // A typed float constant converts to an integer type when its value is
    // integral (int64(float64(1e18))); a fraction is "(truncated)".
    bool ok = representable(x, target, &out, &code);
    if (!ok) {
      if (code == 1 && x->type->isInteger() && tu->isInteger())
        error(x->pos, "cannot convert " + describe(x) + " to type " + typeStr(target));
      else if (code == 1 && x->type->isNumeric() && tu->isNumeric())
        error(x->pos, "cannot convert " + describe(x) + " to type " + typeStr(target));
      else if (code == 2)
        error(x->pos, "cannot convert " + describe(x) + " to type " + typeStr(target) + " (truncated)");
      else
        error(x->pos, "cannot convert " + describe(x) + " to type " + typeStr(target));
      ce->mode = ExprMode::Invalid;
      return;
    }
    if (x->type->isUntyped()) convertUntyped(x, target);
    setConst(ce, target, out);
    return;
  }
  if (x->type->isUntyped()) {
    // non-representable untyped into a non-constant type: use the default type
    if (x->type->kind == TypeKind::UntypedNil) {
      const Type* u2 = coreType(target);
      bool nilOK = u2 && (u2->kind == TypeKind::Pointer || u2->kind == TypeKind::Func || u2->kind == TypeKind::Slice ||
                          u2->kind == TypeKind::Map || u2->kind == TypeKind::Chan || u2->kind == TypeKind::Interface ||
                          u2->kind == TypeKind::UnsafePointer);
      if (!nilOK) {
        error(x->pos, "cannot convert nil to type " + typeStr(target));
        ce->mode = ExprMode::Invalid;
        return;
      }
      x->type = target;
    } else if (x->mode == ExprMode::Constant && (tu->kind == TypeKind::Interface || isTypeParam(target))) {
      if (isTypeParam(target)) convertUntyped(x, target);
      else convertUntyped(x, defaultType(x->type));
    } else {
      const Type* d = defaultType(x->type);
      if (convertible(d, target)) convertUntyped(x, isTypeParam(target) ? d : (target->isNumeric() && x->type->isNumeric() ? target : d));
      else convertUntyped(x, d);
    }
    if (x->mode == ExprMode::Invalid) { ce->mode = ExprMode::Invalid; return; }
  }
  if (!convertible(x->type, target)) {
    std::string extra;
    error(x->pos, "cannot convert " + describe(x) + " to type " + typeStr(target) + extra);
    ce->mode = ExprMode::Invalid;
    return;
  }
  ce->mode = ExprMode::Value;
  ce->type = target;
}

// ---------------------------------------------------------------- unary
void Checker::unary(UnaryExpr* ue, const Type* hint) {
  using K = Token::Kind;
  if (ue->op == K::And) {
    Expr* x = unparen(ue->x);
    if (x->kind == NodeKind::CompositeLit) {
      const Type* h = (hint && hint->underlying()->kind == TypeKind::Pointer) ? hint->underlying()->elem : nullptr;
      rvalue(x, h);
      ue->x->mode = x->mode;
      ue->x->type = x->type;
      if (x->mode == ExprMode::Invalid) { ue->mode = ExprMode::Invalid; return; }
      ue->mode = ExprMode::Value;
      ue->type = tt.pointerTo(x->type);
      return;
    }
    expr(ue->x);
    if (ue->x->mode == ExprMode::Invalid) { ue->mode = ExprMode::Invalid; return; }
    if (ue->x->mode != ExprMode::Variable) {
      if (ue->x->mode == ExprMode::TypeExpr) error(ue->x->pos, gcExprString(ue->x) + " (type) is not an expression");
      else error(ue->pos, "invalid operation: cannot take address of " + describe(ue->x));
      ue->mode = ExprMode::Invalid;
      return;
    }
    Symbol* rv = rootVar(ue->x);
    if (rv && rv->kind == SymbolKind::Var && !rv->isGlobal) rv->addressTaken = true;
    ue->mode = ExprMode::Value;
    ue->type = tt.pointerTo(ue->x->type);
    return;
  }
  if (ue->op == K::Arrow) {
    rvalue(ue->x);
    if (ue->x->mode == ExprMode::Invalid) { ue->mode = ExprMode::Invalid; return; }
    const Type* u = coreType(ue->x->type);
    if (!u || u->kind != TypeKind::Chan) {
      error(ue->pos, "invalid operation: cannot receive from non-channel " + describe(ue->x));
      ue->mode = ExprMode::Invalid;
      return;
    }
    if (u->dir == ChanDir::Send) {
      error(ue->pos, "invalid operation: cannot receive from send-only channel " + describe(ue->x));
      ue->mode = ExprMode::Invalid;
      return;
    }
    ue->mode = ExprMode::CommaOk;
    ue->type = u->elem;
    return;
  }
  if (ue->op == K::Tilde) {
    error(ue->pos, "invalid use of ~ outside a type constraint");
    ue->mode = ExprMode::Invalid;
    return;
  }
  rvalue(ue->x, hint);
  Expr* x = ue->x;
  if (x->mode == ExprMode::Invalid) { ue->mode = ExprMode::Invalid; return; }
  const Type* t = x->type;
  auto allows = [&](const Type* tp) {
    switch (ue->op) {
      case K::Add: case K::Sub: return tp->isNumeric();
      case K::Xor: return tp->isInteger();
      case K::Not: return tp->isBoolean();
      default: return false;
    }
  };
  if (!typeSetAll(t, allows)) {
    error(x->pos, std::string("invalid operation: operator ") + tokenSpelling(ue->op) + " not defined on " + describe(x));
    ue->mode = ExprMode::Invalid;
    return;
  }
  if (x->mode == ExprMode::Constant) {
    int ubits = (!t->isUntyped() && t->isUnsigned()) ? t->intBits() : 0;
    ConstValue v = ConstValue::unary(ue->op, *x->constant, ubits);
    ue->mode = ExprMode::Constant;
    ue->type = t;
    ue->constant = keep(tt, v);
    if (!t->isUntyped()) {
      ConstValue out;
      int code;
      if (!representable(ue, t, &out, &code)) {
        error(ue->pos, describe(ue) + " overflows " + typeStr(t));
        ue->mode = ExprMode::Invalid;
      }
    }
    return;
  }
  ue->mode = ExprMode::Value;
  ue->type = t;
}

// ---------------------------------------------------------------- binary
static bool isComparisonOp(Token::Kind k) {
  using K = Token::Kind;
  return k == K::Eql || k == K::Neq || k == K::Lss || k == K::Leq || k == K::Gtr || k == K::Geq;
}

static std::string opName(Token::Kind k) {
  using K = Token::Kind;
  switch (k) {
    case K::Add: return "addition ";
    case K::Sub: return "subtraction ";
    case K::Mul: return "multiplication ";
    case K::Shl: return "shift ";
    default: return "";
  }
}

// Brings x and y to a common type when one or both are untyped (Go spec:
// the untyped operand converts to the other's type). Returns false if
// reported.
static bool matchTypes(Checker& c, BinaryExpr* be) {
  Expr* x = be->x;
  Expr* y = be->y;
  auto mayConvert = [&](Expr* a, Expr* b) {
    const Type* at = a->type;
    const Type* bt = b->type;
    if (c.isTypeParam(at) || c.isTypeParam(bt)) return true;
    auto basicish = [](const Type* t) { auto k = t->underlying()->kind; return k <= TypeKind::UntypedNil; };
    if (basicish(at) != basicish(bt)) {
      // nil vs reference types is fine
      if (at->kind == TypeKind::UntypedNil || bt->kind == TypeKind::UntypedNil) return true;
      return false;
    }
    if (at->isBoolean() != bt->isBoolean()) return false;
    if (at->isString() != bt->isString()) return false;
    if (at->kind == TypeKind::UntypedNil && bt->underlying()->kind <= TypeKind::UnsafePointer && bt->underlying()->kind != TypeKind::UnsafePointer) return false;
    if (bt->kind == TypeKind::UntypedNil && at->underlying()->kind <= TypeKind::UnsafePointer && at->underlying()->kind != TypeKind::UnsafePointer) return false;
    return true;
  };
  if (x->type->isUntyped() != y->type->isUntyped() || (x->type->isUntyped() && y->type->isUntyped())) {
    if (mayConvert(x, y)) {
      if (x->type->isUntyped() && y->type->isUntyped()) {
        if (isUntypedNumericKind(x->type->kind) && isUntypedNumericKind(y->type->kind)) {
          const Type* t = static_cast<int>(x->type->kind) > static_cast<int>(y->type->kind) ? x->type : y->type;
          c.convertUntyped(x, t);
          c.convertUntyped(y, t);
        }
      } else if (x->type->isUntyped()) {
        c.convertUntyped(x, y->type);
      } else {
        c.convertUntyped(y, x->type);
      }
      if (x->mode == ExprMode::Invalid || y->mode == ExprMode::Invalid) return false;
    }
  }
  return true;
}

void Checker::comparison(BinaryExpr* be) {
  Expr* x = be->x;
  Expr* y = be->y;
  // nil-ness before matchTypes gives nil the other operand's type
  bool xNil = x->type->kind == TypeKind::UntypedNil, yNil = y->type->kind == TypeKind::UntypedNil;
  if (!matchTypes(*this, be)) { be->mode = ExprMode::Invalid; return; }
  const Type* xt = x->type;
  const Type* yt = y->type;
  std::string cause;
  Expr* errOp = x;
  bool ok = true;
  std::string dummy;
  bool assignable = xt == yt || assignableMsg(x, yt, &dummy) || assignableMsg(y, xt, &dummy) ||
                    (xt->isUntyped() && yt->isUntyped() && xt->isNumeric() && yt->isNumeric());
  if (!assignable) {
    // types2 reports at the 2nd operand: only it reveals the mismatch
    error(y->pos, "invalid operation: " + gcExprString(be) + " (mismatched types " + typeStr(xt) + " and " + typeStr(yt) + ")");
    be->mode = ExprMode::Invalid;
    return;
  }
  if (be->op == Token::Kind::Eql || be->op == Token::Kind::Neq) {
    auto nilOnly = [&](const Type* t) {
      auto k = t->underlying()->kind;
      return k == TypeKind::Slice || k == TypeKind::Map || k == TypeKind::Func;
    };
    if (xNil || yNil) {
      const Type* other = xNil ? yt : xt;
      if (xNil && yNil) other = tt.basic(TypeKind::UntypedNil);
      auto k = coreType(other) ? coreType(other)->kind : TypeKind::Invalid;
      if (isTypeParam(other) && !coreType(other)) k = TypeKind::Invalid;
      bool nillable = other->kind == TypeKind::UntypedNil || k == TypeKind::Pointer || k == TypeKind::Slice ||
                      k == TypeKind::Map || k == TypeKind::Func || k == TypeKind::Chan || k == TypeKind::Interface ||
                      k == TypeKind::UnsafePointer;
      if (other->kind == TypeKind::UntypedNil) {
        ok = false;
        errOp = y;  // nil == nil: only the 2nd operand reveals the error
        cause = "operator " + std::string(tokenSpelling(be->op)) + " not defined on untyped nil";
      } else if (!nillable) {
        error(y->pos, "invalid operation: " + gcExprString(be) + " (mismatched types " + (xNil ? "untyped nil" : typeStr(other)) +
                          " and " + (xNil ? typeStr(other) : "untyped nil") + ")");
        be->mode = ExprMode::Invalid;
        return;
      }
    } else if (nilOnly(xt) || nilOnly(yt)) {
      ok = false;
      errOp = nilOnly(xt) ? x : y;
      cause = kindString(errOp->type) + " can only be compared to nil";
    } else if (!xt->isComparable() || !yt->isComparable()) {
      ok = false;
      errOp = !xt->isComparable() ? x : y;
      const Type* u = errOp->type->underlying();
      if (isTypeParam(errOp->type)) cause = "incomparable types in type set";
      else if (u->kind == TypeKind::Struct) {
        for (auto& f : u->fields) if (!f.type->isComparable()) { cause = "struct containing " + typeStr(f.type) + " cannot be compared"; break; }
      } else if (u->kind == TypeKind::Array) {
        cause = typeStr(errOp->type) + " cannot be compared";
      } else {
        cause = "operator " + std::string(tokenSpelling(be->op)) + " not defined on " + gcExprString(errOp);
      }
    }
  } else {
    auto ordered = [](const Type* t) { return t->isInteger() || t->isFloat() || t->isString(); };
    if (!typeSetAll(xt, ordered)) { ok = false; errOp = x; }
    else if (!typeSetAll(yt, ordered)) { ok = false; errOp = y; }
    if (!ok) cause = "operator " + std::string(tokenSpelling(be->op)) + " not defined on " + kindString(errOp->type);
  }
  if (!ok) {
    error(errOp->pos, "invalid operation: " + gcExprString(be) + " (" + cause + ")");
    be->mode = ExprMode::Invalid;
    return;
  }
  if (x->mode == ExprMode::Constant && y->mode == ExprMode::Constant) {
    bool r = ConstValue::compare(be->op, *x->constant, *y->constant);
    setConst(be, tt.basic(TypeKind::UntypedBool), ConstValue::makeBool(r));
    return;
  }
  // operands that stay untyped get their default type (e.g. untyped nil vs interface handled above)
  if (x->type->isUntyped() && x->type->kind != TypeKind::UntypedNil) defaultUntyped(x);
  if (y->type->isUntyped() && y->type->kind != TypeKind::UntypedNil) defaultUntyped(y);
  if (x->type->kind == TypeKind::UntypedNil) x->type = y->type;
  if (y->type->kind == TypeKind::UntypedNil) y->type = x->type;
  be->mode = ExprMode::Value;
  be->type = tt.basic(TypeKind::UntypedBool);
}

void Checker::shift(BinaryExpr* be, const Type* hint) {
  Expr* x = be->x;
  Expr* y = be->y;
  rvalue(x, hint);
  rvalue(y);
  if (x->mode == ExprMode::Invalid || y->mode == ExprMode::Invalid) { be->mode = ExprMode::Invalid; return; }
  // shift count
  if (y->mode == ExprMode::Constant) {
    const ConstValue& sv = *y->constant;
    if (!sv.isNumeric() || !sv.isIntegral()) {
      error(y->pos, "invalid shift count " + describe(y));
      be->mode = ExprMode::Invalid;
      return;
    }
    if (sv.sign() < 0) {
      error(y->pos, "invalid operation: negative shift count " + describe(y));
      be->mode = ExprMode::Invalid;
      return;
    }
    if (y->type->isUntyped()) convertUntyped(y, tt.basic(TypeKind::Uint));
  } else {
    if (!typeSetAll(y->type, [](const Type* t) { return t->isInteger(); })) {
      error(y->pos, "invalid operation: shift count " + describe(y) + " must be integer");
      be->mode = ExprMode::Invalid;
      return;
    }
    if (y->type->isUntyped()) convertUntyped(y, tt.basic(TypeKind::Uint));
  }
  // shifted operand
  if (x->mode == ExprMode::Constant) {
    if (!x->constant->isNumeric() || !x->constant->isIntegral() ||
        (!x->type->isUntyped() && !x->type->isInteger())) {
      error(x->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
      be->mode = ExprMode::Invalid;
      return;
    }
    if (y->mode == ExprMode::Constant) {
      ConstValue sv = y->constant->toInt();
      if (!sv.num.fitsU64() || sv.num.toU64() > 1074 + 10000) {
        error(y->pos, "invalid shift count " + describe(y));
        be->mode = ExprMode::Invalid;
        return;
      }
      uint64_t s = sv.num.toU64();
      if (be->op == Token::Kind::Shl && s > 10000) {
        error(y->pos, "invalid shift count " + describe(y));
        be->mode = ExprMode::Invalid;
        return;
      }
      const Type* t = x->type;
      if (t->isUntyped()) t = tt.basic(TypeKind::UntypedInt == x->type->kind || x->type->kind == TypeKind::UntypedFloat ? TypeKind::UntypedInt : x->type->kind);
      ConstValue v = ConstValue::shift(be->op, *x->constant, s);
      if (!v.known() || (t->isUntyped() && v.num.bitLen() > 512)) {
        error(be->opPos, "constant shift overflow");
        be->mode = ExprMode::Invalid;
        return;
      }
      if (x->type->kind == TypeKind::UntypedFloat) convertUntyped(x, tt.basic(TypeKind::UntypedInt));
      setConst(be, t, v);
      if (!t->isUntyped()) {
        ConstValue out;
        int code;
        if (!representable(be, t, &out, &code)) {
          error(be->pos, describe(be) + " overflows " + typeStr(t));
          be->mode = ExprMode::Invalid;
        }
      }
      return;
    }
    // non-constant shift of an untyped constant: it takes the type it would have in context
    if (x->type->isUntyped()) {
      const Type* t = (hint && hint->isInteger() && !hint->isUntyped()) ? hint : tt.basic(TypeKind::Int);
      if (hint && !hint->isUntyped() && !hint->isInteger() && !hint->isInterface()) {
        error(x->pos, "invalid operation: shifted operand " + gcExprString(x) + " (type " + typeStr(hint) + ") must be integer");
        be->mode = ExprMode::Invalid;
        return;
      }
      convertUntyped(x, t);
      if (x->mode == ExprMode::Invalid) { be->mode = ExprMode::Invalid; return; }
    }
  }
  if (!typeSetAll(x->type, [](const Type* t) { return t->isInteger(); })) {
    error(x->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
    be->mode = ExprMode::Invalid;
    return;
  }
  be->mode = ExprMode::Value;
  be->type = x->type;
}

void Checker::binary(BinaryExpr* be, const Type* hint) {
  using K = Token::Kind;
  if (be->op == K::Shl || be->op == K::Shr) { shift(be, hint); return; }
  // Deep left-leaning chains (a+b+c+...) recurse through x; DepthGuard in expr() bounds it.
  bool cmpOp = isComparisonOp(be->op);
  rvalue(be->x, cmpOp ? nullptr : hint);
  rvalue(be->y, cmpOp ? nullptr : hint);
  Expr* x = be->x;
  Expr* y = be->y;
  if (x->mode == ExprMode::Invalid || y->mode == ExprMode::Invalid) { be->mode = ExprMode::Invalid; return; }
  if (cmpOp) { comparison(be); return; }
  if (!matchTypes(*this, be)) { be->mode = ExprMode::Invalid; return; }
  if (x->type != y->type) {
    // untyped numeric kinds were unified; anything else is a mismatch
    error(x->pos.line ? be->x->pos : be->opPos, "invalid operation: " + gcExprString(be) + " (mismatched types " + typeStr(x->type) + " and " + typeStr(y->type) + ")");
    be->mode = ExprMode::Invalid;
    return;
  }
  const Type* t = x->type;
  auto allows = [&](const Type* tp) {
    switch (be->op) {
      case K::Add: return tp->isNumeric() || tp->isString();
      case K::Sub: case K::Mul: case K::Quo: return tp->isNumeric();
      case K::Rem: case K::And: case K::Or: case K::Xor: case K::AndNot: return tp->isInteger();
      case K::LAnd: case K::LOr: return tp->isBoolean();
      default: return false;
    }
  };
  if (!typeSetAll(t, allows)) {
    error(x->pos, "invalid operation: operator " + std::string(tokenSpelling(be->op)) + " not defined on " + describe(x));
    be->mode = ExprMode::Invalid;
    return;
  }
  if ((be->op == K::Quo || be->op == K::Rem) && y->mode == ExprMode::Constant && y->constant->isNumeric() &&
      y->constant->sign() == 0 && (x->mode == ExprMode::Constant || t->isInteger())) {
    error(y->pos, "invalid operation: division by zero");
    be->mode = ExprMode::Invalid;
    return;
  }
  if (x->mode == ExprMode::Constant && y->mode == ExprMode::Constant) {
    bool intDiv = be->op == K::Quo && t->isInteger();
    bool dz = false;
    ConstValue v = ConstValue::binary(be->op, *x->constant, *y->constant, intDiv, &dz);
    if (!v.known()) {
      error(be->opPos, "constant " + opName(be->op) + "overflow");
      be->mode = ExprMode::Invalid;
      return;
    }
    if (t->isInteger() && v.kind == ConstValue::Kind::Float) v = v.toInt();
    if (t->isUntyped() && v.kind == ConstValue::Kind::Int && v.num.bitLen() > 512) {
      error(be->opPos, "constant " + opName(be->op) + "overflow");
      be->mode = ExprMode::Invalid;
      return;
    }
    setConst(be, t, v);
    if (!t->isUntyped()) {
      ConstValue out;
      int code;
      if (!representable(be, t, &out, &code)) {
        error(be->pos, describe(be) + " overflows " + typeStr(t));
        be->mode = ExprMode::Invalid;
        return;
      }
      be->constant = keep(tt, out);
    }
    return;
  }
  be->mode = ExprMode::Value;
  be->type = t;
}

}  // namespace heapscope
