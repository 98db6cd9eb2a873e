// Type expressions: names, composite type literals, function signatures,
// structs, interfaces and constraints, type parameters, instantiation.
#include "types/checker_impl.h"

namespace heapscope {

const Type* Checker::typeExpr(Expr* e) {
  const Type* t = typeExprOrNull(e);
  if (t) return t;
  if (e->mode == ExprMode::Invalid && e->type && e->type->kind == TypeKind::Invalid) return e->type;
  if (e->mode != ExprMode::Invalid) {
    expr(e);  // to describe it as gc does: "Foo (variable of type int) is not a type"
    if (e->mode != ExprMode::Invalid) error(e->pos, describe(e) + " is not a type");
  }
  e->mode = ExprMode::Invalid;
  e->type = tt.basic(TypeKind::Invalid);
  return e->type;
}

static std::string embeddedName(Expr* e) {
  while (e) {
    switch (e->kind) {
      case NodeKind::Ident: return e->as<Ident>()->name;
      case NodeKind::StarExpr: e = e->as<StarExpr>()->x; break;
      case NodeKind::ParenExpr: e = e->as<ParenExpr>()->x; break;
      case NodeKind::SelectorExpr: return e->as<SelectorExpr>()->sel->name;
      case NodeKind::IndexExpr: e = e->as<IndexExpr>()->x; break;
      default: return "?";
    }
  }
  return "?";
}

const Type* Checker::typeExprOrNull(Expr* e) {
  DepthGuard g(*this, e->pos);
  if (!g.ok) { e->mode = ExprMode::Invalid; e->type = tt.basic(TypeKind::Invalid); return e->type; }
  const Type* t = nullptr;
  switch (e->kind) {
    case NodeKind::Ident: {
      Ident* id = e->as<Ident>();
      if (id->name == "_") { error(id->pos, "cannot use _ as value or type"); e->mode = ExprMode::Invalid; e->type = tt.basic(TypeKind::Invalid); return e->type; }
      Symbol* s = scope->lookup(id->name);
      if (!s) {
        error(id->pos, "undefined: " + id->name);
        e->mode = ExprMode::Invalid;
        e->type = tt.basic(TypeKind::Invalid);
        return e->type;
      }
      id->symbol = s;
      reach(s);
      if (s->kind != SymbolKind::TypeName) {
        if (s->kind == SymbolKind::Var || s->kind == SymbolKind::Const) s->used = true;
        if (s->kind == SymbolKind::Package) s->used = true;
        return nullptr;
      }
      resolveObj(s);
      t = s->type;
      if (t && t->kind == TypeKind::Named && !t->typeParams.empty()) {
        error(id->pos, "cannot use generic type " + genericTypeStr(t) + " without instantiation");
        t = tt.basic(TypeKind::Invalid);
      }
      break;
    }
    case NodeKind::SelectorExpr: {
      SelectorExpr* se = e->as<SelectorExpr>();
      Expr* x = unparen(se->x);
      if (x->kind != NodeKind::Ident) return nullptr;
      Symbol* ps = scope->lookup(x->as<Ident>()->name);
      if (!ps || ps->kind != SymbolKind::Package) return nullptr;
      ps->used = true;
      x->as<Ident>()->symbol = ps;
      x->mode = ExprMode::Package;
      Symbol* m = ps->importedPkg->scope.lookupLocal(se->sel->name);
      if (!m || se->sel->name.empty() || !(se->sel->name[0] >= 'A' && se->sel->name[0] <= 'Z')) {
        if (m) error(se->sel->pos, "name " + se->sel->name + " not exported by package " + ps->importedPkg->name);
        else if (isUnprovidedStdMember(ps->importedPkg->path, se->sel->name))
          error(se->sel->pos, "not supported yet: " + ps->importedPkg->path + "." + se->sel->name);
        else error(se->sel->pos, "undefined: " + ps->name + "." + se->sel->name);
        e->mode = ExprMode::Invalid;
        e->type = tt.basic(TypeKind::Invalid);
        return e->type;
      }
      se->sel->symbol = m;
      se->selKind = SelectionKind::PackageMember;
      reach(m);
      if (m->kind != SymbolKind::TypeName) return nullptr;
      t = m->type;
      break;
    }
    case NodeKind::ParenExpr:
      t = typeExprOrNull(e->as<ParenExpr>()->x);
      break;
    case NodeKind::StarExpr: {
      const Type* el = typeExprOrNull(e->as<StarExpr>()->x);
      if (!el) return nullptr;
      t = tt.pointerTo(el);
      break;
    }
    case NodeKind::ArrayType: {
      ArrayType* at = e->as<ArrayType>();
      if (!at->len) { t = tt.sliceOf(typeExpr(at->elem)); break; }
      if (at->len->kind == NodeKind::Ellipsis) {
        error(at->len->pos, "invalid use of [...] array (outside a composite literal)");
        typeExpr(at->elem);
        t = tt.basic(TypeKind::Invalid);
        break;
      }
      int64_t n = arrayLength(at->len);
      const Type* el = typeExpr(at->elem);
      t = n < 0 ? tt.basic(TypeKind::Invalid) : tt.arrayOf(el, n);
      break;
    }
    case NodeKind::MapType: {
      MapType* mt = e->as<MapType>();
      const Type* k = typeExpr(mt->key);
      const Type* v = typeExpr(mt->value);
      if (k->kind != TypeKind::Invalid && k->underlyingType != nullptr && !k->isComparable() && !isTypeParam(k)) {
        error(mt->key->pos, "invalid map key type " + typeStr(k));
      } else if (k->kind != TypeKind::Named && k->kind != TypeKind::Invalid && !k->isComparable() && !isTypeParam(k)) {
        error(mt->key->pos, "invalid map key type " + typeStr(k));
      } else if (isTypeParam(k) && k->constraint() && !k->isComparable()) {
        error(mt->key->pos, "invalid map key type " + typeStr(k) + " (missing comparable constraint)");
      }
      t = tt.mapOf(k, v);
      break;
    }
    case NodeKind::ChanType: {
      ChanType* ct = e->as<ChanType>();
      t = tt.chanOf(typeExpr(ct->value), ct->dir);
      break;
    }
    case NodeKind::FuncType:
      t = funcType(e->as<FuncType>(), nullptr, nullptr, false, nullptr);
      break;
    case NodeKind::StructType:
      t = structType(e->as<StructType>());
      break;
    case NodeKind::InterfaceType:
      t = interfaceType(e->as<InterfaceType>(), nullptr);
      break;
    case NodeKind::IndexExpr: {
      IndexExpr* ie = e->as<IndexExpr>();
      const Type* g = typeExprOrNullGeneric(ie->x);
      if (!g) return nullptr;
      if (g->kind == TypeKind::Invalid) { t = g; break; }
      if (g->kind != TypeKind::Named || g->typeParams.empty()) {
        error(ie->x->pos, typeStr(g) + " is not a generic type");
        t = tt.basic(TypeKind::Invalid);
        break;
      }
      t = instantiateType(ie, g, ie->indices, &ie->typeArgs);
      break;
    }
    case NodeKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      t = tt.basic(TypeKind::Invalid);
      break;
    default:
      return nullptr;
  }
  e->mode = ExprMode::TypeExpr;
  e->type = t;
  return t;
}

// Like typeExprOrNull but allows an uninstantiated generic type name (the x of x[T]).
const Type* Checker::typeExprOrNullGeneric(Expr* e) {
  Expr* x = unparen(e);
  if (x->kind == NodeKind::Ident) {
    Ident* id = x->as<Ident>();
    Symbol* s = scope->lookup(id->name);
    if (s && s->kind == SymbolKind::TypeName) {
      id->symbol = s;
      reach(s);
      resolveObj(s);
      x->mode = ExprMode::TypeExpr;
      x->type = s->type;
      return s->type;
    }
  }
  if (x->kind == NodeKind::SelectorExpr) return typeExprOrNull(x);
  return nullptr;
}

int64_t Checker::arrayLength(Expr* e) {
  expr(e);
  if (e->mode == ExprMode::Invalid) return -1;
  if (e->mode != ExprMode::Constant) {
    if (e->mode == ExprMode::TypeExpr) error(e->pos, "invalid array length " + gcExprString(e));
    else error(e->pos, "array length " + describe(e) + " must be constant");
    return -1;
  }
  const ConstValue* v = e->constant;
  if (!e->type->isUntyped() && !e->type->isInteger()) {
    error(e->pos, "array length " + describe(e) + " must be integer");
    return -1;
  }
  if (!v->isIntegral()) {
    error(e->pos, "array length " + describe(e) + " must be integer");
    return -1;
  }
  ConstValue iv = v->toInt();
  if (iv.num.isNeg()) {
    error(e->pos, "invalid array length " + describe(e));
    return -1;
  }
  if (!iv.num.fitsI64() || iv.num.bitLen() > 50) {
    error(e->pos, "array length " + describe(e) + " must be constant");
    return -1;
  }
  if (e->type->isUntyped()) convertUntyped(e, tt.basic(TypeKind::Int));
  return iv.num.toI64();
}

// Constraint interfaces (type sets, comparable) are not types of values.
void Checker::validVarType(Expr* e, const Type* t) {
  if (!e || !t || isTypeParam(t)) return;
  const Type* u = t->underlying();
  if (!u || u->kind != TypeKind::Interface) return;
  if (u->comparableConstraint)
    error(e->pos, "cannot use type " + typeStr(t) + " outside a type constraint: interface is (or embeds) comparable");
  else if (!u->terms.empty())
    error(e->pos, "cannot use type " + typeStr(t) + " outside a type constraint: interface contains type constraints");
}

const Type* Checker::funcType(FuncType* ft, std::vector<Symbol*>* paramSyms, std::vector<Symbol*>* resultSyms,
                              bool declareParams, Node* owner) {
  (void)declareParams;
  std::vector<const Type*> params, results;
  bool variadic = false;
  if (ft->params) {
    for (size_t fi = 0; fi < ft->params->list.size(); fi++) {
      Field* f = ft->params->list[fi];
      const Type* t;
      if (f->typeExpr && f->typeExpr->kind == NodeKind::Ellipsis) {
        Ellipsis* el = f->typeExpr->as<Ellipsis>();
        bool last = fi + 1 == ft->params->list.size() && f->names.size() <= 1;
        const Type* et = el->elt ? typeExpr(el->elt) : tt.basic(TypeKind::Invalid);
        t = tt.sliceOf(et);
        el->mode = ExprMode::TypeExpr;
        el->type = t;
        if (!last) error(el->pos, "can only use ... with final parameter in list");
        else variadic = true;
      } else {
        t = typeExpr(f->typeExpr);
        validVarType(f->typeExpr, t);
      }
      if (f->names.empty()) {
        params.push_back(t);
      } else {
        for (Ident* id : f->names) {
          params.push_back(t);
          Symbol* s = tt.newSymbol(SymbolKind::Var, id->name, id->pos);
          s->type = t;
          s->isParam = true;
          s->pkg = pkg;
          s->decl = f;
          s->ownerFunc = owner;
          id->symbol = s;
          if (paramSyms) paramSyms->push_back(s);
        }
      }
    }
  }
  if (ft->results) {
    for (Field* f : ft->results->list) {
      const Type* t = typeExpr(f->typeExpr);
      validVarType(f->typeExpr, t);
      if (f->names.empty()) {
        results.push_back(t);
      } else {
        for (Ident* id : f->names) {
          results.push_back(t);
          Symbol* s = tt.newSymbol(SymbolKind::Var, id->name, id->pos);
          s->type = t;
          s->isResult = true;
          s->pkg = pkg;
          s->decl = f;
          s->ownerFunc = owner;
          id->symbol = s;
          if (resultSyms) resultSyms->push_back(s);
        }
      }
    }
  }
  const Type* sig = tt.funcOf(params, results, variadic);
  ft->mode = ExprMode::TypeExpr;
  ft->type = sig;
  return sig;
}

const Type* Checker::structType(StructType* st) {
  std::vector<StructField> fields;
  std::map<std::string, Pos> seen;
  if (st->fields) {
    for (Field* f : st->fields->list) {
      const Type* t = typeExpr(f->typeExpr);
      validVarType(f->typeExpr, t);
      std::string tag;
      if (f->tag) {
        ConstValue v;
        std::string err;
        if (ConstValue::fromLiteral(Token::Kind::String, f->tag->text, &v, &err)) tag = v.strVal;
      }
      auto add = [&](const std::string& name, Pos p, bool embedded) {
        if (name != "_") {
          if (seen.count(name)) { error(p, name + " redeclared"); return; }
          seen[name] = p;
        }
        StructField sf;
        sf.name = name;
        sf.type = t;
        sf.embedded = embedded;
        sf.tag = tag;
        fields.push_back(sf);
      };
      if (f->names.empty()) {
        const Type* base = t->kind == TypeKind::Pointer ? t->elem : t;
        if (base->kind == TypeKind::Pointer || (t->kind == TypeKind::Pointer && base->isNamed() && base->underlying()->kind == TypeKind::Interface))
          error(f->typeExpr->pos, "embedded field type cannot be a pointer to an interface");
        else if (isTypeParam(base))
          error(f->typeExpr->pos, "embedded field type cannot be a (pointer to a) type parameter");
        else if (base->kind == TypeKind::Named && base->underlyingType && base->underlyingType->kind == TypeKind::Pointer)
          error(f->typeExpr->pos, "embedded field type cannot be a pointer");
        add(embeddedName(f->typeExpr), f->typeExpr->pos, true);
      } else {
        for (Ident* id : f->names) add(id->name, id->pos, false);
      }
    }
  }
  const Type* t = tt.structOf(fields);
  st->mode = ExprMode::TypeExpr;
  st->type = t;
  return t;
}

// Collects union terms of a constraint element (A | ~B | C).
static void collectTerms(Checker& c, Expr* e, std::vector<Type::Term>& terms, int depth) {
  if (depth > 200) return;
  e = c.unparen(e);
  if (e->kind == NodeKind::BinaryExpr && e->as<BinaryExpr>()->op == Token::Kind::Or) {
    collectTerms(c, e->as<BinaryExpr>()->x, terms, depth + 1);
    collectTerms(c, e->as<BinaryExpr>()->y, terms, depth + 1);
    return;
  }
  bool tilde = false;
  if (e->kind == NodeKind::UnaryExpr && e->as<UnaryExpr>()->op == Token::Kind::Tilde) {
    tilde = true;
    e = e->as<UnaryExpr>()->x;
  }
  const Type* t = c.typeExpr(e);
  if (tilde && t->underlying() != t) {
    c.error(e->pos, "invalid use of ~ (underlying type of " + c.typeStr(t) + " is " + c.typeStr(t->underlying()) + ")");
  }
  if (t->isInterface() && !tilde) {
    // an interface inside a union contributes its terms (or "all types");
    // Go allows neither methods nor comparable there
    const Type* u = t->underlying();
    if (!u->methods.empty()) {
      c.error(e->pos, "cannot use " + c.typeStr(t) + " in union (" + c.typeStr(t) + " contains methods)");
    } else if (u->comparableConstraint) {
      c.error(e->pos, "cannot use " + c.typeStr(t) + " in union");
      return;
    }
    if (u->terms.empty()) { terms.push_back({false, t}); return; }
    for (auto& term : u->terms) terms.push_back(term);
    return;
  }
  terms.push_back({tilde, t});
}

const Type* Checker::interfaceType(InterfaceType* it, Symbol* declSym) {
  (void)declSym;
  std::vector<Type::Method> methods;
  std::vector<Type::Term> terms;
  bool hasTerms = false;
  bool comparable = false;
  std::map<std::string, const Type*> seen;
  std::set<std::string> explicitNames;
  // Go: two explicit declarations of a name clash; a method that comes from
  // an embedded interface may repeat another one with the same signature,
  // in either order.
  auto addMethod = [&](const std::string& name, const Type* sig, Pos p, bool fromEmbed) {
    auto f = seen.find(name);
    if (f != seen.end()) {
      if ((!fromEmbed && explicitNames.count(name)) || f->second != sig) error(p, "duplicate method " + name);
      if (!fromEmbed) explicitNames.insert(name);
      return;
    }
    if (!fromEmbed) explicitNames.insert(name);
    seen[name] = sig;
    methods.push_back(Type::Method{name, sig, pkg});
  };
  auto intersect = [&](const std::vector<Type::Term>& other) {
    if (!hasTerms) { terms = other; hasTerms = true; return; }
    std::vector<Type::Term> out;
    for (auto& a : terms)
      for (auto& b : other) {
        if (a.type == b.type) out.push_back({a.tilde && b.tilde, a.type});
        else if (a.tilde && b.type->underlying() == a.type) out.push_back(b);
        else if (b.tilde && a.type->underlying() == b.type) out.push_back(a);
      }
    terms = out;
  };
  if (it->methods) {
    for (Field* f : it->methods->list) {
      if (!f->names.empty() && f->typeExpr && f->typeExpr->kind == NodeKind::FuncType) {
        const Type* sig = funcType(f->typeExpr->as<FuncType>(), nullptr, nullptr, false, nullptr);
        addMethod(f->names[0]->name, sig, f->names[0]->pos, false);
        continue;
      }
      Expr* te = unparen(f->typeExpr);
      if (te->kind == NodeKind::BinaryExpr || te->kind == NodeKind::UnaryExpr) {
        std::vector<Type::Term> ts;
        collectTerms(*this, te, ts, 0);
        intersect(ts);
        continue;
      }
      const Type* t = typeExpr(te);
      if (t->kind == TypeKind::Invalid) continue;
      if (t->kind == TypeKind::Named && !t->underlyingType) {
        // embedded interface still being declared (a cycle through method
        // signatures is legal): complete this interface afterwards
        incompleteIfaces.insert(it);
        continue;
      }
      const Type* u = t->underlying();
      if (u->kind == TypeKind::Interface) {
        for (auto& m : u->methods) addMethod(m.name, m.sig, te->pos, true);
        if (!u->terms.empty()) intersect(u->terms);
        if (u->comparableConstraint) comparable = true;
      } else {
        intersect({{false, t}});
      }
    }
  }
  const Type* t = tt.interfaceOf(methods, terms, comparable);
  if (hasTerms && terms.empty()) {
    // empty type set: keep a marker term so it is not "all types"
    t = tt.interfaceOf(methods, {{false, tt.basic(TypeKind::Invalid)}}, comparable);
  }
  it->mode = ExprMode::TypeExpr;
  it->type = t;
  noteInterfaceMethods(t);
  return t;
}

std::vector<Symbol*> Checker::declareTypeParams(FieldList* fl) {
  std::vector<Symbol*> syms;
  std::vector<std::pair<Field*, std::vector<Type*>>> pending;
  int index = 0;
  for (Field* f : fl->list) {
    std::vector<Type*> ts;
    for (Ident* id : f->names) {
      Type* tp = tt.newTypeParam(id->name, nullptr);
      tp->typeParamIndex = index++;
      Symbol* s = tt.newSymbol(SymbolKind::TypeName, id->name, id->pos);
      s->type = tp;
      s->pkg = pkg;
      s->decl = f;
      tp->typeName = s;
      tp->pkg = pkg;
      id->symbol = s;
      declare(scope, s, id->pos);
      syms.push_back(s);
      ts.push_back(tp);
    }
    pending.push_back({f, ts});
  }
  for (auto& [f, ts] : pending) {
    Expr* ce = unparen(f->typeExpr);
    const Type* c;
    if (ce->kind == NodeKind::BinaryExpr || ce->kind == NodeKind::UnaryExpr) {
      std::vector<Type::Term> terms;
      collectTerms(*this, ce, terms, 0);
      c = tt.interfaceOf({}, terms, false);
    } else {
      const Type* t = typeExpr(ce);
      if (t->kind == TypeKind::Invalid || t->isInterface()) c = t;
      else if (isTypeParam(t)) {
        error(ce->pos, "cannot use a type parameter as constraint");
        c = tt.anyType();
      } else c = tt.interfaceOf({}, {{false, t}}, false);
    }
    for (Type* tp : ts) tp->underlyingType = c;
  }
  return syms;
}

const Type* Checker::instantiateType(Expr* at, const Type* generic, const std::vector<Expr*>& argExprs,
                                     std::vector<const Type*>* argsOut) {
  std::vector<const Type*> args;
  for (Expr* a : argExprs) args.push_back(typeExpr(a));
  for (auto* a : args) if (a->kind == TypeKind::Invalid) return a;
  if (args.size() != generic->typeParams.size()) {
    error(at->pos, std::string(args.size() < generic->typeParams.size() ? "not enough" : "too many") +
                       " type arguments for type " + generic->name + ": have " + std::to_string(args.size()) +
                       ", want " + std::to_string(generic->typeParams.size()));
    return tt.basic(TypeKind::Invalid);
  }
  if (!checkTypeArgs(argExprs.empty() ? at->pos : argExprs[0]->pos, generic->typeParams, args))
    return tt.basic(TypeKind::Invalid);
  if (argsOut) *argsOut = args;
  const Type* t = tt.instantiate(generic, args);
  if (tt.takeInstantiationCycle()) {
    error(at->pos, "instantiation cycle");
    return tt.basic(TypeKind::Invalid);
  }
  return t;
}

}  // namespace heapscope
