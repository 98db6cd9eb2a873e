// Expressions: identifiers, literals, selectors, index/slice, assertions,
// unary/binary operators with exact constant folding, and untyped
// conversion. Every checked Expr gets mode/type (constant when Constant).
#include "types/checker_impl.h"

namespace heapscope {


void Checker::expr(Expr* e, const Type* hint) {
  DepthGuard g(*this, e->pos);
  if (!g.ok) { e->mode = ExprMode::Invalid; e->type = tt.basic(TypeKind::Invalid); return; }
  exprInternal(e, hint);
  if (e->mode == ExprMode::Invalid) e->type = tt.basic(TypeKind::Invalid);
}

void Checker::exprOrType(Expr* e, const Type* hint) { expr(e, hint); }

void Checker::rvalue(Expr* e, const Type* hint) {
  expr(e, hint);
  singleValue(e);
}

void Checker::singleValue(Expr* e) {
  if (e->mode == ExprMode::Value) {
    Expr* u = unparen(e);
    Symbol* s = u->kind == NodeKind::Ident ? u->as<Ident>()->symbol
              : u->kind == NodeKind::SelectorExpr ? u->as<SelectorExpr>()->sel->symbol : nullptr;
    if (s && s->kind == SymbolKind::Func && !s->typeParams.empty()) {
      error(e->pos, "cannot use generic function " + gcExprString(e) + " without instantiation");
      e->mode = ExprMode::Invalid;
      e->type = tt.basic(TypeKind::Invalid);
      return;
    }
  }
  switch (e->mode) {
    case ExprMode::Invalid: return;
    case ExprMode::TypeExpr: error(e->pos, gcExprString(e) + " (type) is not an expression"); break;
    case ExprMode::NoValue: error(e->pos, gcExprString(e) + " (no value) used as value"); break;
    case ExprMode::Builtin: error(e->pos, gcExprString(e) + " (built-in) must be called"); break;
    case ExprMode::Package: error(e->pos, "use of package " + gcExprString(e) + " without selector"); break;
    default:
      if (e->type && e->type->kind == TypeKind::Tuple) {
        error(e->pos, "multiple-value " + gcExprString(e) + " (value of type " + typeStr(e->type) + ") in single-value context");
        break;
      }
      return;
  }
  e->mode = ExprMode::Invalid;
  e->type = tt.basic(TypeKind::Invalid);
}

void Checker::markUsed(Expr* e) {
  e = unparen(e);
  if (e && e->kind == NodeKind::Ident) {
    Symbol* s = e->as<Ident>()->symbol;
    if (s) s->used = true;
  }
}

void Checker::recordCapture(Symbol* s) {
  if (!fn || !s->ownerFunc || s->ownerFunc == fn->decl) return;
  s->captured = true;
  for (FuncCtx* c = fn; c && c->decl != s->ownerFunc; c = c->parent) {
    if (!c->lit) break;
    auto& caps = c->lit->captures;
    bool have = false;
    for (Symbol* x : caps) if (x == s) { have = true; break; }
    if (!have) caps.push_back(s);
  }
}

void Checker::setConst(Expr* e, const Type* t, const ConstValue& v) {
  e->mode = ExprMode::Constant;
  e->type = t;
  e->constant = keep(tt, v);
}

void Checker::exprInternal(Expr* e, const Type* hint) {
  switch (e->kind) {
    case NodeKind::Ident: ident(e->as<Ident>()); return;
    case NodeKind::BasicLit: basicLit(e->as<BasicLit>()); return;
    case NodeKind::CompositeLit: compositeLit(e->as<CompositeLit>(), hint); return;
    case NodeKind::FuncLit: funcLit(e->as<FuncLit>()); return;
    case NodeKind::ParenExpr: {
      ParenExpr* p = e->as<ParenExpr>();
      expr(p->x, hint);
      e->mode = p->x->mode;
      e->type = p->x->type;
      e->constant = p->x->constant;
      return;
    }
    case NodeKind::SelectorExpr: selector(e->as<SelectorExpr>()); return;
    case NodeKind::IndexExpr: indexExpr(e->as<IndexExpr>(), hint); return;
    case NodeKind::SliceExpr: sliceExpr(e->as<SliceExpr>()); return;
    case NodeKind::TypeAssertExpr: typeAssert(e->as<TypeAssertExpr>()); return;
    case NodeKind::CallExpr: call(e->as<CallExpr>(), hint, true); return;
    case NodeKind::StarExpr: starExpr(e->as<StarExpr>()); return;
    case NodeKind::UnaryExpr: unary(e->as<UnaryExpr>(), hint); return;
    case NodeKind::BinaryExpr: binary(e->as<BinaryExpr>(), hint); return;
    case NodeKind::KeyValueExpr:
      error(e->pos, "unexpected key:value expression");
      e->mode = ExprMode::Invalid;
      return;
    case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::FuncType: case NodeKind::InterfaceType:
    case NodeKind::MapType: case NodeKind::ChanType: case NodeKind::Ellipsis:
      typeExpr(e);
      return;
    default:
      error(e->pos, "invalid expression");
      e->mode = ExprMode::Invalid;
      return;
  }
}

void Checker::ident(Ident* id, bool lhs) {
  if (id->name == "_") {
    error(id->pos, "cannot use _ as value or type");
    id->mode = ExprMode::Invalid;
    return;
  }
  Symbol* s = scope->lookup(id->name);
  if (!s) {
    error(id->pos, "undefined: " + id->name);
    id->mode = ExprMode::Invalid;
    return;
  }
  id->symbol = s;
  reach(s);
  switch (s->kind) {
    case SymbolKind::Var:
      if (!s->type) resolveObj(s);
      if (!lhs) s->used = true;
      if (s->isGlobal && curDecl && s->pkg == pkg) curDecl->deps.insert(s);
      if (!s->isGlobal) recordCapture(s);
      id->mode = ExprMode::Variable;
      id->type = s->type ? s->type : tt.basic(TypeKind::Invalid);
      if (id->type->kind == TypeKind::Invalid) id->mode = ExprMode::Invalid;
      return;
    case SymbolKind::Const:
      if (s->name == "iota" && !s->pkg && s->pos.line == 0) {
        if (iotaValue < 0) {
          error(id->pos, "cannot use iota outside constant declaration");
          id->mode = ExprMode::Invalid;
          return;
        }
        setConst(id, tt.basic(TypeKind::UntypedInt), ConstValue::makeInt(iotaValue));
        return;
      }
      resolveObj(s);
      s->used = true;
      if (!s->constant || !s->type || s->type->kind == TypeKind::Invalid) { id->mode = ExprMode::Invalid; return; }
      id->mode = ExprMode::Constant;
      id->type = s->type;
      id->constant = s->constant;
      return;
    case SymbolKind::TypeName:
      resolveObj(s);
      s->used = true;
      id->mode = ExprMode::TypeExpr;
      id->type = s->type ? s->type : tt.basic(TypeKind::Invalid);
      if (id->type->kind == TypeKind::Named && !id->type->typeParams.empty()) {
        // generic type used as a value/type without instantiation: let the caller decide (IndexExpr)
      }
      return;
    case SymbolKind::Func:
      if (!s->type) resolveObj(s);
      s->used = true;
      if (curDecl && s->pkg == pkg) curDecl->deps.insert(s);
      id->mode = ExprMode::Value;
      id->type = s->type ? s->type : tt.basic(TypeKind::Invalid);
      if (id->type->kind == TypeKind::Invalid) id->mode = ExprMode::Invalid;
      return;
    case SymbolKind::Builtin:
      id->mode = ExprMode::Builtin;
      id->type = tt.basic(TypeKind::Invalid);
      return;
    case SymbolKind::Package:
      s->used = true;
      id->mode = ExprMode::Package;
      id->type = tt.basic(TypeKind::Invalid);
      return;
    case SymbolKind::Nil:
      id->mode = ExprMode::Value;
      id->type = tt.basic(TypeKind::UntypedNil);
      return;
    default:
      id->mode = ExprMode::Invalid;
      return;
  }
}

void Checker::basicLit(BasicLit* lit) {
  ConstValue v;
  std::string err;
  if (!ConstValue::fromLiteral(lit->litKind, lit->text, &v, &err)) {
    error(lit->pos, err);
    lit->mode = ExprMode::Invalid;
    return;
  }
  if (v.kind == ConstValue::Kind::Unknown) {
    error(lit->pos, "constant overflow");
    lit->mode = ExprMode::Invalid;
    return;
  }
  TypeKind k = TypeKind::UntypedInt;
  switch (lit->litKind) {
    case Token::Kind::Float: k = TypeKind::UntypedFloat; break;
    case Token::Kind::Char: k = TypeKind::UntypedRune; break;
    case Token::Kind::String: k = TypeKind::UntypedString; break;
    default: break;
  }
  setConst(lit, tt.basic(k), v);
}

void Checker::funcLit(FuncLit* fl) {
  if (checkingForPost_) funcLitInForPost_ = true;
  std::vector<Symbol*> params, results;
  const Type* sig = funcType(fl->sig, &params, &results, true, fl);
  bool named = false;
  if (fl->sig->results) for (Field* f : fl->sig->results->list) if (!f->names.empty()) named = true;
  checkFuncBodyCommon(fl, fl, sig, fl->body, params, results, named);
  fl->mode = ExprMode::Value;
  fl->type = sig;
}

// ------------------------------------------------------------------ composite literals
int64_t Checker::arrayLiteralElems(CompositeLit* cl, const Type* et, int64_t bound) {
  int64_t idx = 0, maxIndex = 0;
  std::set<int64_t> used;
  for (Expr* el : cl->elts) {
    Expr* v = el;
    if (el->kind == NodeKind::KeyValueExpr) {
      KeyValueExpr* kv = el->as<KeyValueExpr>();
      rvalue(kv->key);
      if (kv->key->mode == ExprMode::Constant && kv->key->constant->isIntegral()) {
        ConstValue iv = kv->key->constant->toInt();
        if (iv.num.isNeg() || !iv.num.fitsI64()) {
          error(kv->key->pos, "index " + gcExprString(kv->key) + " must be non-negative integer constant");
        } else {
          idx = iv.num.toI64();
        }
        convertUntyped(kv->key, tt.basic(TypeKind::Int));
      } else if (kv->key->mode != ExprMode::Invalid) {
        error(kv->key->pos, "index " + gcExprString(kv->key) + " must be integer constant");
      }
      v = kv->value;
    }
    if (bound >= 0 && idx >= bound) {
      error(v->pos, "index " + std::to_string(idx) + " out of bounds [0:" + std::to_string(bound) + "]");
    }
    if (used.count(idx)) {  // gc: at the key's colon
      Pos at = el->kind == NodeKind::KeyValueExpr && el->as<KeyValueExpr>()->colon.line ? el->as<KeyValueExpr>()->colon : el->pos;
      error(at, "duplicate index " + std::to_string(idx) + " in array or slice literal");
    }
    used.insert(idx);
    cl->eltIndex.push_back(idx);
    rvalue(v, et);
    assign(v, et, "array or slice literal");
    idx++;
    if (idx > maxIndex) maxIndex = idx;
  }
  return maxIndex;
}

void Checker::compositeLit(CompositeLit* cl, const Type* hint) {
  const Type* t = nullptr;
  bool openArray = false;
  if (cl->typeExpr) {
    if (cl->typeExpr->kind == NodeKind::ArrayType && cl->typeExpr->as<ArrayType>()->len &&
        cl->typeExpr->as<ArrayType>()->len->kind == NodeKind::Ellipsis) {
      openArray = true;
      t = typeExpr(cl->typeExpr->as<ArrayType>()->elem);  // element type for now
    } else {
      t = typeExpr(cl->typeExpr);
    }
  } else if (hint) {
    t = hint;
  } else {
    error(cl->pos, "invalid composite literal type: missing type");
    cl->mode = ExprMode::Invalid;
    for (Expr* el : cl->elts) { Expr* v = el->kind == NodeKind::KeyValueExpr ? el->as<KeyValueExpr>()->value : el; if (v->kind != NodeKind::CompositeLit) expr(v); }
    return;
  }
  if (t->kind == TypeKind::Invalid) {
    cl->mode = ExprMode::Invalid;
    return;
  }
  const Type* litType = t;   // the type of the expression
  const Type* base = t;      // the type being constructed
  if (!cl->typeExpr && t->underlying()->kind == TypeKind::Pointer) {
    base = t->underlying()->elem;  // elided &T in []*T{{...}}
  }
  const Type* u = openArray ? nullptr : coreType(base);
  if (openArray) {
    // [...]T: the elements give the length
    int64_t maxIndex = arrayLiteralElems(cl, t, -1);
    cl->length = maxIndex;
    litType = tt.arrayOf(t, maxIndex);
    cl->typeExpr->mode = ExprMode::TypeExpr;
    cl->typeExpr->type = litType;
    cl->mode = ExprMode::Value;
    cl->type = litType;
    return;
  }
  if (!u) {
    error(cl->pos, "invalid composite literal type " + typeStr(base));
    cl->mode = ExprMode::Invalid;
    return;
  }
  switch (u->kind) {
    case TypeKind::Struct: {
      if (cl->elts.empty()) break;
      bool keyed = cl->elts[0]->kind == NodeKind::KeyValueExpr;
      std::vector<bool> seen(u->fields.size(), false);
      for (size_t i = 0; i < cl->elts.size(); i++) {
        Expr* el = cl->elts[i];
        if ((el->kind == NodeKind::KeyValueExpr) != keyed) {
          error(el->pos, "mixture of field:value and value elements in struct literal");
          cl->mode = ExprMode::Invalid;
          return;
        }
        if (keyed) {
          KeyValueExpr* kv = el->as<KeyValueExpr>();
          Expr* key = kv->key;
          int fi = -1;
          if (key->kind == NodeKind::Ident) {
            for (size_t k = 0; k < u->fields.size(); k++)
              if (u->fields[k].name == key->as<Ident>()->name) fi = static_cast<int>(k);
          }
          if (fi < 0) {
            if (key->kind == NodeKind::Ident)
              error(key->pos, "unknown field " + key->as<Ident>()->name + " in struct literal of type " + typeStr(base));
            else
              error(key->pos, "invalid field name " + gcExprString(key) + " in struct literal");
            rvalue(kv->value);
            cl->fieldIndex.push_back(-1);
            continue;
          }
          if (seen[static_cast<size_t>(fi)]) error(key->pos, "duplicate field name " + key->as<Ident>()->name + " in struct literal");
          seen[static_cast<size_t>(fi)] = true;
          cl->fieldIndex.push_back(fi);
          const Type* ft = u->fields[static_cast<size_t>(fi)].type;
          key->mode = ExprMode::Value;
          key->type = ft;
          rvalue(kv->value, ft);
          assign(kv->value, ft, "struct literal");
        } else {
          if (i >= u->fields.size()) {
            error(el->pos, "too many values in struct literal of type " + typeStr(base));
            break;
          }
          const Type* ft = u->fields[i].type;
          cl->fieldIndex.push_back(static_cast<int>(i));
          rvalue(el, ft);
          assign(el, ft, "struct literal");
        }
      }
      if (!keyed && cl->elts.size() < u->fields.size()) error(cl->rbrace, "too few values in struct literal of type " + typeStr(base));
      break;
    }
    case TypeKind::Array:
    case TypeKind::Slice: {
      int64_t maxIndex = arrayLiteralElems(cl, u->elem, u->kind == TypeKind::Array ? u->len : -1);
      cl->length = u->kind == TypeKind::Array ? u->len : maxIndex;
      break;
    }
    case TypeKind::Map: {
      std::set<std::string> keys;
      for (Expr* el : cl->elts) {
        if (el->kind != NodeKind::KeyValueExpr) {
          error(el->pos, "missing key in map literal");
          rvalue(el);
          continue;
        }
        KeyValueExpr* kv = el->as<KeyValueExpr>();
        rvalue(kv->key, u->key);
        assign(kv->key, u->key, "map literal");
        if (kv->key->mode == ExprMode::Constant && kv->key->constant) {
          std::string k = kv->key->constant->str() + "/" + typeStr(kv->key->type);
          if (keys.count(k)) error(kv->key->pos, "duplicate key " + gcExprString(kv->key) + " in map literal");
          keys.insert(k);
        }
        rvalue(kv->value, u->elem);
        assign(kv->value, u->elem, "map literal");
      }
      break;
    }
    default:
      error(cl->pos, "invalid composite literal type " + typeStr(base));
      cl->mode = ExprMode::Invalid;
      return;
  }
  cl->mode = ExprMode::Value;
  cl->type = litType;
}

// ------------------------------------------------------------------ selectors
Symbol* Checker::ifaceMethodSymbol(const Type* iface, int index) {
  auto key = std::make_pair(iface, index);
  auto it = ifaceMethodSyms.find(key);
  if (it != ifaceMethodSyms.end()) return it->second;
  const Type::Method& m = iface->methods[static_cast<size_t>(index)];
  Symbol* s = tt.newSymbol(SymbolKind::Func, m.name, Pos{});
  s->type = m.sig;
  s->pkg = m.pkg;
  ifaceMethodSyms[key] = s;
  return s;
}

const Type* Checker::methodSigFor(const FieldOrMethod& f) {
  if (f.onInterface) return f.ifaceType->methods[static_cast<size_t>(f.ifaceIndex)].sig;
  if (!f.method) return tt.basic(TypeKind::Invalid);
  if (!f.method->type) resolveObj(f.method);
  const Type* sig = f.method->type ? f.method->type : tt.basic(TypeKind::Invalid);
  if (f.recvNamed && f.recvNamed->origin) sig = tt.subst(sig, f.recvNamed->origin->typeParams, f.recvNamed->typeArgs);
  return sig;
}

void Checker::selector(SelectorExpr* se) {
  const std::string& name = se->sel->name;
  Expr* x = unparen(se->x);
  if (x->kind == NodeKind::Ident) {
    Symbol* ps = scope->lookup(x->as<Ident>()->name);
    if (ps && ps->kind == SymbolKind::Package) {
      ps->used = true;
      x->as<Ident>()->symbol = ps;
      x->mode = ExprMode::Package;
      se->x->mode = ExprMode::Package;
      Package* ip = ps->importedPkg;
      Symbol* m = ip->scope.lookupLocal(name);
      bool exported = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
      if (!m || !exported) {
        if (m && !exported) error(se->sel->pos, "name " + name + " not exported by package " + ip->name);
        else if (isUnprovidedStdMember(ip->path, name)) error(se->sel->pos, "not supported yet: " + ip->path + "." + name);
        else error(se->sel->pos, "undefined: " + ps->name + "." + name);
        se->mode = ExprMode::Invalid;
        return;
      }
      se->sel->symbol = m;
      se->selKind = SelectionKind::PackageMember;
      reach(m);
      switch (m->kind) {
        case SymbolKind::Var: se->mode = ExprMode::Variable; se->type = m->type; break;
        case SymbolKind::Const: se->mode = ExprMode::Constant; se->type = m->type; se->constant = m->constant; break;
        case SymbolKind::TypeName:
          se->mode = ExprMode::TypeExpr;
          se->type = m->type;
          break;
        case SymbolKind::Func: se->mode = ExprMode::Value; se->type = m->type; break;
        default: se->mode = ExprMode::Invalid; break;
      }
      if (!se->type) se->mode = ExprMode::Invalid;
      return;
    }
  }
  expr(se->x);
  if (se->x->mode == ExprMode::Invalid) { se->mode = ExprMode::Invalid; return; }
  if (se->x->mode == ExprMode::TypeExpr) {
    // method expression T.m / (*T).m
    const Type* T = se->x->type;
    FieldOrMethod f = lookupFieldOrMethod(T, name);
    if (f.kind != FieldOrMethod::Kind::Method) {
      error(se->sel->pos, gcExprString(se) + " undefined (type " + typeStr(T) + " has no method " + name + ")");
      se->mode = ExprMode::Invalid;
      return;
    }
    const Type* sig = methodSigFor(f);
    if (!f.onInterface && f.method && f.method->ptrRecv && T->kind != TypeKind::Pointer && !f.indirect) {
      error(se->pos, "invalid method expression " + gcExprString(se) + " (needs pointer receiver (*" + typeStr(T) + ")." + name + ")");
      se->mode = ExprMode::Invalid;
      return;
    }
    std::vector<const Type*> params{T};
    for (auto* p : sig->params) params.push_back(p);
    se->selKind = SelectionKind::MethodExpr;
    se->method = f.onInterface ? ifaceMethodSymbol(f.ifaceType, f.ifaceIndex) : f.method;
    reach(se->method);
    se->sel->symbol = se->method;
    se->methodOnInterface = f.onInterface;
    se->path = f.path;
    se->derefs = f.derefs;
    se->mode = ExprMode::Value;
    se->type = tt.funcOf(params, sig->results, sig->variadic);
    return;
  }
  if (se->x->mode == ExprMode::NoValue || se->x->mode == ExprMode::Builtin || se->x->mode == ExprMode::Package) {
    rvalue(se->x);
    se->mode = ExprMode::Invalid;
    return;
  }
  if (se->x->type->kind == TypeKind::Tuple) { rvalue(se->x); se->mode = ExprMode::Invalid; return; }
  const Type* T = se->x->type;
  const Type* lookupT = T;
  if (isTypeParam(T)) {
    // methods of the constraint; fields through the core type
    const Type* c = constraintOf(T);
    FieldOrMethod fm = c ? lookupFieldOrMethod(c, name) : FieldOrMethod{};
    if (fm.kind == FieldOrMethod::Kind::Method) {
      se->selKind = SelectionKind::Method;
      se->method = ifaceMethodSymbol(fm.ifaceType, fm.ifaceIndex);
      se->sel->symbol = se->method;
      se->methodOnInterface = true;
      se->mode = ExprMode::Value;
      se->type = fm.ifaceType->methods[static_cast<size_t>(fm.ifaceIndex)].sig;
      return;
    }
    const Type* core = coreType(T);
    if (core) lookupT = core;
  } else if (T->kind == TypeKind::Pointer && isTypeParam(T->elem)) {
    const Type* core = coreType(T->elem);
    if (core) lookupT = tt.pointerTo(core);
  }
  FieldOrMethod f = lookupFieldOrMethod(lookupT, name);
  if (f.kind == FieldOrMethod::Kind::NotFound || f.kind == FieldOrMethod::Kind::Ambiguous) {
    if (f.kind == FieldOrMethod::Kind::Ambiguous) {
      error(se->sel->pos, "ambiguous selector " + gcExprString(se));
    } else if (T->kind == TypeKind::Pointer && T->elem->isInterface()) {
      error(se->sel->pos, gcExprString(se) + " undefined (type " + typeStr(T) + " is pointer to interface, not interface)");
    } else {
      std::string what = "field or method";
      std::string hint;
      // gc adds a hint when only the capitalization differs
      if (!name.empty()) {
        std::string alt = name;
        alt[0] = static_cast<char>((alt[0] >= 'a' && alt[0] <= 'z') ? alt[0] - 32 : (alt[0] >= 'A' && alt[0] <= 'Z') ? alt[0] + 32 : alt[0]);
        FieldOrMethod g = lookupFieldOrMethod(lookupT, alt);
        if (g.kind == FieldOrMethod::Kind::Field) hint = ", but does have field " + alt;
        else if (g.kind == FieldOrMethod::Kind::Method) hint = ", but does have method " + alt;
      }
      error(se->sel->pos, gcExprString(se) + " undefined (type " + typeStr(T) + " has no " + what + " " + name + hint + ")");
    }
    se->mode = ExprMode::Invalid;
    return;
  }
  se->path = f.path;
  se->derefs = f.derefs;
  if (f.kind == FieldOrMethod::Kind::Field) {
    se->selKind = SelectionKind::Field;
    bool anyDeref = false;
    for (bool d : f.derefs) anyDeref |= d;
    se->mode = (anyDeref || se->x->mode == ExprMode::Variable) ? ExprMode::Variable : ExprMode::Value;
    se->type = f.fieldType;
    return;
  }
  // method value / call target
  se->selKind = SelectionKind::Method;
  se->methodOnInterface = f.onInterface;
  se->method = f.onInterface ? ifaceMethodSymbol(f.ifaceType, f.ifaceIndex) : f.method;
  se->sel->symbol = se->method;
  reach(se->method);
  const Type* sig = methodSigFor(f);
  if (!f.onInterface && f.method) {
    bool recvPtr = f.recvIsPtr;
    if (f.method->ptrRecv && !recvPtr) {
      bool anyDeref = false;
      for (bool d : f.derefs) anyDeref |= d;
      bool addressable = anyDeref || se->x->mode == ExprMode::Variable;
      if (!addressable) {
        error(se->sel->pos, "cannot call pointer method " + name + " on " + typeStr(T));
        se->mode = ExprMode::Invalid;
        return;
      }
      se->addrOfRecv = true;
      if (f.path.empty() || !anyDeref) {
        Symbol* rv = rootVar(se->x);
        if (rv && rv->kind == SymbolKind::Var && !rv->isGlobal) rv->addressTaken = true;
      }
    } else if (!f.method->ptrRecv && recvPtr) {
      se->derefRecv = true;
    }
  }
  se->mode = ExprMode::Value;
  se->type = sig;
}

// ------------------------------------------------------------------ index / slice
static bool constIndex(Checker& c, Expr* idx, int64_t length, bool allowLenEq, int64_t* out) {
  // idx checked already; returns false on error (reported)
  (void)allowLenEq;
  *out = -1;
  if (idx->mode == ExprMode::Invalid) return false;
  if (!idx->type->isInteger() && !(idx->type->isUntyped() && idx->mode == ExprMode::Constant && idx->constant->isIntegral())) {
    if (idx->mode == ExprMode::Constant && idx->type->isUntyped() && idx->constant->isNumeric()) {
      c.error(idx->pos, "invalid argument: index " + c.describe(idx) + " truncated to int");
    } else {
      c.error(idx->pos, "invalid argument: index " + c.describe(idx) + " must be integer");
    }
    return false;
  }
  if (idx->mode == ExprMode::Constant) {
    ConstValue iv = idx->constant->toInt();
    if (iv.num.isNeg()) {
      // gc converts an untyped constant index to int first: "(constant of type int)"
      if (idx->type->isUntyped()) c.convertUntyped(idx, c.tt.basic(TypeKind::Int));
      c.error(idx->pos, "invalid argument: index " + c.describe(idx) + " must not be negative");
      return false;
    }
    if (!iv.num.fitsI64()) {
      c.error(idx->pos, "invalid argument: index " + c.describe(idx) + " overflows int");
      return false;
    }
    *out = iv.num.toI64();
    if (length >= 0 && *out >= length + (allowLenEq ? 1 : 0)) {
      c.error(idx->pos, "invalid argument: index " + gcExprString(idx) + " out of bounds [0:" + std::to_string(length + (allowLenEq ? 1 : 0)) + "]");
      return false;
    }
  }
  if (idx->type->isUntyped()) c.convertUntyped(idx, c.tt.basic(TypeKind::Int));
  return true;
}

void Checker::indexExpr(IndexExpr* ie, const Type* hint) {
  (void)hint;
  // generic type instantiation in expression position (T[int]{...}, conversions)
  Expr* x = unparen(ie->x);
  if (x->kind == NodeKind::Ident || x->kind == NodeKind::SelectorExpr) {
    Symbol* s = nullptr;
    if (x->kind == NodeKind::Ident) s = scope->lookup(x->as<Ident>()->name);
    else {
      SelectorExpr* sx = x->as<SelectorExpr>();
      if (unparen(sx->x)->kind == NodeKind::Ident) {
        Symbol* ps = scope->lookup(unparen(sx->x)->as<Ident>()->name);
        if (ps && ps->kind == SymbolKind::Package) s = ps->importedPkg->scope.lookupLocal(sx->sel->name);
      }
    }
    if (s && s->kind == SymbolKind::TypeName) {
      typeExpr(ie);
      return;
    }
  }
  expr(ie->x);
  if (ie->x->mode == ExprMode::Invalid) { ie->mode = ExprMode::Invalid; for (Expr* i : ie->indices) expr(i); return; }
  // explicit instantiation of a generic function
  Symbol* fsym = nullptr;
  if (x->kind == NodeKind::Ident) fsym = x->as<Ident>()->symbol;
  else if (x->kind == NodeKind::SelectorExpr) fsym = x->as<SelectorExpr>()->sel->symbol;
  if (fsym && fsym->kind == SymbolKind::Func && !fsym->typeParams.empty() && ie->x->mode == ExprMode::Value) {
    std::vector<const Type*> targs;
    for (Expr* i : ie->indices) targs.push_back(typeExpr(i));
    for (auto* t : targs) if (t->kind == TypeKind::Invalid) { ie->mode = ExprMode::Invalid; return; }
    std::vector<const Type*> tparams;
    for (Symbol* tp : fsym->typeParams) tparams.push_back(tp->type);
    if (targs.size() > tparams.size()) {
      error(ie->indices[tparams.size()]->pos, "got " + std::to_string(targs.size()) + " type arguments but " + gcExprString(ie->x) +
                                              " has " + std::to_string(tparams.size()) + " type parameters");
      ie->mode = ExprMode::Invalid;
      return;
    }
    ie->typeArgs = targs;
    if (targs.size() < tparams.size()) {
      // partial instantiation: the call infers the rest
      ie->mode = ExprMode::Value;
      ie->type = ie->x->type;
      return;
    }
    if (!checkTypeArgs(ie->indices[0]->pos, tparams, targs)) { ie->mode = ExprMode::Invalid; return; }
    ie->mode = ExprMode::Value;
    ie->type = tt.subst(ie->x->type, tparams, targs);
    result_.funcInstances.push_back({fsym, targs});
    return;
  }
  if (ie->x->mode == ExprMode::TypeExpr || ie->x->mode == ExprMode::Builtin || ie->x->mode == ExprMode::NoValue ||
      ie->x->mode == ExprMode::Package) {
    rvalue(ie->x);
    ie->mode = ExprMode::Invalid;
    return;
  }
  if (ie->indices.size() != 1) {
    error(ie->indices.empty() ? ie->pos : ie->indices[1]->pos, "unexpected comma; expecting ]");
    ie->mode = ExprMode::Invalid;
    return;
  }
  Expr* idx = ie->indices[0];
  const Type* T = ie->x->type;
  const Type* u = coreType(T);
  if (!u && isTypeParam(T)) {
    // no core type: indexable if every type in the set indexes to the same element type
    const Type* elem = nullptr;
    bool allSlices = true, hasString = false;
    bool ok = typeSetAll(T, [&](const Type* t) {
      const Type* tu = t->underlying();
      if (tu->kind == TypeKind::Pointer && tu->elem->underlying()->kind == TypeKind::Array) tu = tu->elem->underlying();
      const Type* el = nullptr;
      if (tu->kind == TypeKind::Slice || tu->kind == TypeKind::Array) el = tu->elem;
      else if (tu->kind == TypeKind::String) el = tt.basic(TypeKind::Uint8);
      if (tu->kind == TypeKind::String) hasString = true;
      if (tu->kind != TypeKind::Slice) allSlices = false;
      if (!el || (elem && elem != el)) return false;
      elem = el;
      return true;
    });
    if (ok && elem) {
      rvalue(idx);
      int64_t d;
      constIndex(*this, idx, -1, false, &d);
      // assignable only if no type in the set is a string (Go: a string's
      // bytes cannot be assigned, even through a type parameter)
      ie->mode = !hasString && (allSlices || ie->x->mode == ExprMode::Variable) ? ExprMode::Variable : ExprMode::Value;
      ie->type = elem;
      return;
    }
  }
  if (!u) u = T->underlying();
  int64_t dummy;
  switch (u->kind) {
    case TypeKind::String:
    case TypeKind::UntypedString: {
      rvalue(idx);
      int64_t len = (ie->x->mode == ExprMode::Constant) ? static_cast<int64_t>(ie->x->constant->strVal.size()) : -1;
      if (constIndex(*this, idx, len, false, &dummy)) {
        if (ie->x->mode == ExprMode::Constant && idx->mode == ExprMode::Constant) {
          // indexing a constant string is a (non-constant) byte value
        }
      }
      if (T->isUntyped()) convertUntyped(ie->x, tt.basic(TypeKind::String));
      ie->mode = ExprMode::Value;
      ie->type = tt.basic(TypeKind::Uint8);
      return;
    }
    case TypeKind::Array:
      rvalue(idx);
      constIndex(*this, idx, u->len, false, &dummy);
      ie->mode = ie->x->mode == ExprMode::Variable ? ExprMode::Variable : ExprMode::Value;
      ie->type = u->elem;
      return;
    case TypeKind::Pointer:
      if (u->elem->underlying()->kind == TypeKind::Array) {
        rvalue(idx);
        constIndex(*this, idx, u->elem->underlying()->len, false, &dummy);
        ie->mode = ExprMode::Variable;
        ie->type = u->elem->underlying()->elem;
        return;
      }
      break;
    case TypeKind::Slice:
      rvalue(idx);
      constIndex(*this, idx, -1, false, &dummy);
      ie->mode = ExprMode::Variable;
      ie->type = u->elem;
      return;
    case TypeKind::Map:
      rvalue(idx, u->key);
      assign(idx, u->key, "map index");
      ie->mode = ExprMode::MapIndex;
      ie->type = u->elem;
      return;
    default:
      break;
  }
  rvalue(idx);
  error(ie->lbrack.line > 0 ? ie->lbrack : ie->x->pos, "invalid operation: cannot index " + describe(ie->x));
  ie->mode = ExprMode::Invalid;
}

void Checker::sliceExpr(SliceExpr* se) {
  rvalue(se->x);
  Expr* parts[3] = {se->low, se->high, se->max};
  for (Expr* p : parts) if (p) rvalue(p);
  if (se->x->mode == ExprMode::Invalid) { se->mode = ExprMode::Invalid; return; }
  const Type* T = se->x->type;
  const Type* u = coreType(T);
  // A type parameter whose set holds only strings and byte slices slices like
  // a string (Go's "bytestring" core type): the result has type T.
  if (!u && isTypeParam(T) && typeSetAll(T, [](const Type* t) {
        const Type* tu = t->underlying();
        return tu->kind == TypeKind::String || (tu->kind == TypeKind::Slice && tu->elem->underlying()->kind == TypeKind::Uint8);
      }))
    u = tt.basic(TypeKind::String);
  if (!u) u = T->underlying();
  int64_t length = -1;
  const Type* result = nullptr;
  switch (u->kind) {
    case TypeKind::String:
    case TypeKind::UntypedString:
      if (se->slice3) {
        error(se->pos, "invalid operation: 3-index slice of string");
        se->mode = ExprMode::Invalid;
        return;
      }
      if (se->x->mode == ExprMode::Constant) length = static_cast<int64_t>(se->x->constant->strVal.size());
      if (T->isUntyped()) { convertUntyped(se->x, tt.basic(TypeKind::String)); T = se->x->type; }
      result = T;
      break;
    case TypeKind::Array:
      if (se->x->mode != ExprMode::Variable) {
        error(se->pos, "invalid operation: " + gcExprString(se->x) + " (slice of unaddressable value)");
        se->mode = ExprMode::Invalid;
        return;
      }
      {
        Symbol* rv = rootVar(se->x);
        if (rv && rv->kind == SymbolKind::Var && !rv->isGlobal) rv->addressTaken = true;
      }
      length = u->len;
      result = tt.sliceOf(u->elem);
      break;
    case TypeKind::Pointer:
      if (u->elem->underlying()->kind == TypeKind::Array) {
        length = u->elem->underlying()->len;
        result = tt.sliceOf(u->elem->underlying()->elem);
        break;
      }
      [[fallthrough]];
    default:
      if (u->kind == TypeKind::Slice) { result = T; break; }
      error(se->x->pos, "cannot slice " + describe(se->x));
      se->mode = ExprMode::Invalid;
      return;
  }
  int64_t vals[3] = {-1, -1, -1};
  for (int i = 0; i < 3; i++) {
    if (!parts[i]) continue;
    int64_t v;
    if (constIndex(*this, parts[i], length, true, &v)) vals[i] = v;
  }
  for (int i = 0; i < 3; i++)
    for (int j = i + 1; j < 3; j++)
      if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
        error(parts[j]->pos, "invalid slice indices: " + std::to_string(vals[j]) + " < " + std::to_string(vals[i]));
      }
  se->mode = ExprMode::Value;
  se->type = result;
}

// ------------------------------------------------------------------ assertions
void Checker::typeAssert(TypeAssertExpr* ta) {
  rvalue(ta->x);
  if (!ta->typeExpr) {
    error(ta->pos, "invalid syntax tree: use of .(type) outside type switch");
    ta->mode = ExprMode::Invalid;
    return;
  }
  const Type* T = typeExpr(ta->typeExpr);
  if (ta->x->mode == ExprMode::Invalid || T->kind == TypeKind::Invalid) { ta->mode = ExprMode::Invalid; return; }
  const Type* xt = ta->x->type;
  if (!xt->isInterface() || isTypeParam(xt)) {
    error(ta->x->pos, "invalid operation: " + gcExprString(ta->x) + " (" + describe(ta->x).substr(gcExprString(ta->x).size() + 2) + " is not an interface");
    ta->mode = ExprMode::Invalid;
    return;
  }
  if (!T->isInterface()) {
    bool ok;
    std::string why = missingMethodReason(T, xt, &ok);
    if (!ok) {
      error(ta->typeExpr->pos, "impossible type assertion: " + gcExprString(ta) + "\n\t" + typeStr(T) + " does not implement " +
                                   typeStr(xt) + " (" + why + ")");
      ta->mode = ExprMode::Invalid;
      return;
    }
  }
  ta->mode = ExprMode::CommaOk;
  ta->type = T;
}

void Checker::starExpr(StarExpr* se) {
  expr(se->x);
  if (se->x->mode == ExprMode::Invalid) { se->mode = ExprMode::Invalid; return; }
  if (se->x->mode == ExprMode::TypeExpr) {
    se->mode = ExprMode::TypeExpr;
    se->type = tt.pointerTo(se->x->type);
    return;
  }
  rvalue(se->x);
  if (se->x->mode == ExprMode::Invalid) { se->mode = ExprMode::Invalid; return; }
  if (se->x->type->kind == TypeKind::UntypedNil) {
    error(se->pos, "invalid operation: cannot indirect nil");
    se->mode = ExprMode::Invalid;
    return;
  }
  const Type* u = coreType(se->x->type);
  if (!u || u->kind != TypeKind::Pointer) {
    error(se->pos, "invalid operation: cannot indirect " + describe(se->x));
    se->mode = ExprMode::Invalid;
    return;
  }
  se->mode = ExprMode::Variable;
  se->type = u->elem;
}

// ------------------------------------------------------------------ helpers
const Type* Checker::coreType(const Type* t) {
  if (!t) return nullptr;
  if (!isTypeParam(t)) return t->underlying();
  const Type* c = constraintOf(t);
  if (!c) return nullptr;
  const Type* ci = c->underlying();
  if (ci->terms.empty()) return nullptr;
  const Type* u = nullptr;
  for (auto& term : ci->terms) {
    const Type* tu = term.type->underlying();
    if (isTypeParam(term.type)) tu = coreType(term.type);
    if (!tu) return nullptr;
    if (!u) u = tu;
    else if (u != tu) return nullptr;
  }
  return u;
}

bool Checker::typeSetAll(const Type* t, const std::function<bool(const Type*)>& pred) {
  if (!isTypeParam(t)) return pred(t);
  const Type* c = constraintOf(t);
  if (!c) return false;
  const Type* ci = c->underlying();
  if (ci->terms.empty()) return false;
  for (auto& term : ci->terms) if (!pred(term.type)) return false;
  return true;
}

}  // namespace heapscope
