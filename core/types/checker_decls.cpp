// Package-level declarations, resolved lazily in dependency order (types,
// functions, constants, variables; a cycle is an error), methods, the
// validity of recursive types, and package initialization order.
#include <algorithm>

#include "types/checker_impl.h"

namespace heapscope {

void Checker::resolveObj(Symbol* s) {
  auto it = decls.find(s);
  if (it == decls.end()) return;
  DeclInfo& d = it->second;
  if (d.color == DeclInfo::Black) return;
  if (d.color == DeclInfo::Grey) {
    if (s->kind == SymbolKind::Const) {
      error(s->pos, "initialization cycle or invalid constant definition: " + s->name);
      s->type = tt.basic(TypeKind::Invalid);
    } else if (s->kind == SymbolKind::Var) {
      if (!s->type) {
        error(s->pos, "initialization cycle: " + s->name + " refers to itself");
        s->type = tt.basic(TypeKind::Invalid);
      }
    } else if (s->kind == SymbolKind::TypeName && !s->type) {
      error(s->pos, "invalid recursive type: " + s->name + " refers to itself");
      s->type = tt.basic(TypeKind::Invalid);
    }
    return;
  }
  d.color = DeclInfo::Grey;
  // resolve in the declaring package/file context, with no function context
  File* savedFile = curFile;
  Scope* savedScope = scope;
  FuncCtx* savedFn = fn;
  DeclInfo* savedDecl = curDecl;
  int savedIota = iotaValue;
  bool savedVarInit = inVarInit_;
  inVarInit_ = s->kind == SymbolKind::Var;
  auto savedBranches = std::move(branches);
  branches.clear();
  curFile = d.file;
  scope = fileScopes.count(d.file) ? fileScopes[d.file] : &pkg->scope;
  fn = nullptr;
  curDecl = &d;
  iotaValue = -1;
  switch (s->kind) {
    case SymbolKind::Const: resolveConst(s, d); break;
    case SymbolKind::Var: resolveVar(s, d); break;
    case SymbolKind::TypeName: resolveTypeDecl(s, d.tspec); break;
    case SymbolKind::Func: resolveFunc(s, d.fdecl); break;
    default: break;
  }
  curFile = savedFile;
  scope = savedScope;
  fn = savedFn;
  curDecl = savedDecl;
  iotaValue = savedIota;
  inVarInit_ = savedVarInit;
  branches = std::move(savedBranches);
  d.color = DeclInfo::Black;
}

void Checker::resolveTypeDecl(Symbol* s, TypeSpec* ts) {
  if (ts->isAlias) {
    if (ts->typeParams) error(ts->pos, "generic type alias not supported yet");
    s->type = typeExpr(ts->typeExpr);
    return;
  }
  Type* named = const_cast<Type*>(s->type);
  Scope* saved = scope;
  if (ts->typeParams) {
    pushScope();
    s->typeParams = declareTypeParams(ts->typeParams);
    for (Symbol* tp : s->typeParams) named->typeParams.push_back(tp->type);
  }
  const Type* u = typeExpr(ts->typeExpr);
  if (u && u->kind == TypeKind::Named && !u->underlyingType) {
    // T's underlying is another declared type still being resolved: a cycle
    error(s->pos, "invalid recursive type " + s->name);
    u = tt.basic(TypeKind::Invalid);
  }
  if (u && isTypeParam(u)) {
    error(ts->typeExpr->pos, "cannot use a type parameter as RHS in type declaration");
    u = tt.basic(TypeKind::Invalid);
  }
  named->underlyingType = u ? u->underlying() : tt.basic(TypeKind::Invalid);
  {
    Expr* te = unparen(ts->typeExpr);
    if (te->kind == NodeKind::InterfaceType && incompleteIfaces.count(te->as<InterfaceType>()))
      ifaceFixups.push_back({named, te->as<InterfaceType>(), scope});
  }
  if (ts->typeParams) popScope(false);
  scope = saved;
}

void Checker::declareMethod(FuncDecl* fd) {
  curFile = pkg->files.front();
  Field* rf = fd->recv->list.empty() ? nullptr : fd->recv->list[0];
  if (!rf) { error(fd->pos, "method has no receiver"); return; }
  if (fd->recv->list.size() > 1 || rf->names.size() > 1) { error(fd->recv->pos, "method has multiple receivers"); return; }
  // find base type name: T, *T, T[P], *T[P]
  Expr* t = rf->typeExpr;
  bool ptr = false;
  while (t && t->kind == NodeKind::ParenExpr) t = t->as<ParenExpr>()->x;
  if (t && t->kind == NodeKind::StarExpr) { ptr = true; t = t->as<StarExpr>()->x; }
  while (t && t->kind == NodeKind::ParenExpr) t = t->as<ParenExpr>()->x;
  std::vector<Expr*> rtparams;
  if (t && t->kind == NodeKind::IndexExpr) { rtparams = t->as<IndexExpr>()->indices; t = t->as<IndexExpr>()->x; }
  // gc reports receiver errors at the receiver variable (its name, else its type)
  Pos recvPos = !rf->names.empty() && rf->names[0] ? rf->names[0]->pos : rf->typeExpr->pos;
  if (!t || t->kind != NodeKind::Ident) { error(recvPos, "invalid receiver type " + gcExprString(rf->typeExpr)); return; }
  Ident* base = t->as<Ident>();
  Symbol* bs = pkg->scope.lookupLocal(base->name);
  Symbol* sym = newPackageSymbol(SymbolKind::Func, fd->name->name, fd->name->pos, fd);
  sym->ptrRecv = ptr;
  sym->isNative = fd->body == nullptr;
  fd->symbol = sym;
  fd->name->symbol = sym;
  DeclInfo di;
  di.file = curFile;
  di.fdecl = fd;
  decls[sym] = di;
  if (!bs) {
    Symbol* u = universe.lookupLocal(base->name);
    if (u && u->kind == SymbolKind::TypeName) {
      // gc reports this at the receiver; the conformance corpus (Yaegi) pins
      // the func keyword, and that baseline must not regress
      error(fd->pos, "cannot define new methods on non-local type " + typeStr(u->type));
    } else {
      error(base->pos, "undefined: " + base->name);
    }
    fd->symbol = nullptr;
    return;
  }
  base->symbol = bs;
  if (bs->kind != SymbolKind::TypeName) {
    error(base->pos, base->name + " is not a type");
    fd->symbol = nullptr;
    return;
  }
  resolveObj(bs);
  const Type* bt = bs->type;
  if (!bt || bt->kind != TypeKind::Named || bt->pkg != pkg) {
    if (bt && bt->kind != TypeKind::Invalid)
      error(fd->pos, "cannot define new methods on non-local type " + typeStr(bt));
    fd->symbol = nullptr;
    return;
  }
  const Type* bu = bt->underlying();
  if (bu->kind == TypeKind::Pointer || bu->kind == TypeKind::Interface) {
    error(recvPos, "invalid receiver type " + base->name + " (pointer or interface type)");
    fd->symbol = nullptr;
    return;
  }
  sym->recvBase = bs;
  Type* named = const_cast<Type*>(bt);
  for (Symbol* m : named->declaredMethods) {
    if (m->name == sym->name && sym->name != "_") {
      error(fd->name->pos, "method " + bs->name + "." + sym->name + " already declared at " + posText(m->pos));
      fd->symbol = nullptr;
      return;
    }
  }
  if (bu->kind == TypeKind::Struct) {
    for (auto& f : bu->fields) {
      if (f.name == sym->name) {
        error(fd->name->pos, "field and method with the same name " + sym->name);
        fd->symbol = nullptr;
        return;
      }
    }
  }
  if (sym->name != "_") named->declaredMethods.push_back(sym);
  pkgObjects.push_back(sym);
}

void Checker::resolveFunc(Symbol* s, FuncDecl* fd) {
  Scope* saved = scope;
  pushScope();
  if (fd->type->typeParams) {
    if (fd->recv) error(fd->type->typeParams->pos, "methods cannot have type parameters");
    s->typeParams = declareTypeParams(fd->type->typeParams);
    if (fd->name->name == "main" || fd->name->name == "init")
      error(fd->name->pos, "func " + fd->name->name + " must have no type parameters");
  }
  if (fd->recv && s->recvBase) {
    // receiver type parameters denote the base type's own parameters
    Expr* t = fd->recv->list[0]->typeExpr;
    while (t && (t->kind == NodeKind::ParenExpr || t->kind == NodeKind::StarExpr))
      t = t->kind == NodeKind::ParenExpr ? t->as<ParenExpr>()->x : t->as<StarExpr>()->x;
    const Type* bt = s->recvBase->type;
    if (t && t->kind == NodeKind::IndexExpr) {
      auto& idx = t->as<IndexExpr>()->indices;
      if (idx.size() != bt->typeParams.size()) {
        error(t->pos, "got " + std::to_string(idx.size()) + " type parameters, but receiver base type declares " +
                          std::to_string(bt->typeParams.size()));
      }
      for (size_t i = 0; i < idx.size() && i < bt->typeParams.size(); i++) {
        if (idx[i]->kind != NodeKind::Ident) { error(idx[i]->pos, "receiver type parameter must be an identifier"); continue; }
        Ident* id = idx[i]->as<Ident>();
        if (id->name == "_") continue;
        Symbol* tp = tt.newSymbol(SymbolKind::TypeName, id->name, id->pos);
        tp->type = bt->typeParams[i];
        tp->pkg = pkg;
        id->symbol = tp;
        declare(scope, tp, id->pos);
      }
    } else if (!bt->typeParams.empty()) {
      error(t ? t->pos : fd->pos, "cannot use generic type " + genericTypeStr(bt) + " without instantiation");
    }
  }
  const Type* sig = funcType(fd->type, nullptr, nullptr, false, fd);
  s->type = sig;
  popScope(false);
  scope = saved;
}

void Checker::resolveConst(Symbol* s, DeclInfo& d) {
  iotaValue = d.iota;
  const Type* t = nullptr;
  if (d.constType) {
    t = typeExpr(d.constType);
    if (t && t->kind != TypeKind::Invalid) {
      const Type* u = t->underlying();
      bool ok = u->kind >= TypeKind::Bool && u->kind <= TypeKind::String;
      if (!ok) {
        error(d.constType->pos, "invalid constant type " + typeStr(t));
        t = tt.basic(TypeKind::Invalid);
      }
    }
  }
  s->type = tt.basic(TypeKind::Invalid);
  if (!d.constValues || d.index >= static_cast<int>(d.constValues->size())) {
    if (d.constValues && !d.constValues->empty()) {
      if (d.index == static_cast<int>(d.constValues->size())) error(s->pos, "missing init expr for const declaration");
    }
    iotaValue = -1;
    return;
  }
  Expr* e = (*d.constValues)[static_cast<size_t>(d.index)];
  bool inherited = d.vspec->values.empty();
  // An inherited expression is re-checked with this spec's iota. The AST
  // node is shared, so its annotations reflect the last check; the compiler
  // reads constants from Symbol::constant, not from the inherited exprs.
  (void)inherited;
  rvalue(e);
  if (e->mode != ExprMode::Constant) {
    if (e->mode != ExprMode::Invalid) error(e->pos, describe(e) + " is not constant");
    iotaValue = -1;
    return;
  }
  if (t && t->kind != TypeKind::Invalid) {
    if (!assign(e, t, "constant declaration")) { iotaValue = -1; return; }
  }
  s->type = e->type;
  s->constant = e->constant;
  iotaValue = -1;
}

void Checker::resolveVar(Symbol* s, DeclInfo& d) {
  ValueSpec* vs = d.vspec;
  const Type* t = vs->typeExpr ? typeExpr(vs->typeExpr) : nullptr;
  if (t) validVarType(vs->typeExpr, t);
  // multi-value spec `var a, b = f()`: resolve all names together
  auto symOf = [&](size_t i) { return vs->names[i]->symbol; };
  if (vs->values.empty()) {
    s->type = t ? t : tt.basic(TypeKind::Invalid);
    return;
  }
  if (vs->values.size() == vs->names.size()) {
    Expr* e = vs->values[static_cast<size_t>(d.index)];
    if (t) {
      rvalue(e, t);
      declTypeSpelling_ = spelledTypeOf(vs->typeExpr);
      if (e->mode != ExprMode::Invalid) assign(e, t, "variable declaration");
      declTypeSpelling_.clear();
      s->type = t;
    } else {
      rvalue(e);
      if (e->mode == ExprMode::Invalid) { s->type = tt.basic(TypeKind::Invalid); return; }
      if (e->type && e->type->kind == TypeKind::UntypedNil) {
        error(e->pos, "use of untyped nil in variable declaration");
        s->type = tt.basic(TypeKind::Invalid);
        return;
      }
      if (e->mode == ExprMode::Constant && e->type->isUntyped()) {
        // gc words an overflowing default type as an assignment error
        const Type* t = defaultType(e->type);
        assign(e, t, "variable declaration");
        s->type = t;
      } else {
        defaultUntyped(e);
        s->type = e->type;
      }
    }
    return;
  }
  if (vs->values.size() == 1) {
    // all names share one initializer: resolve once (the first name does it)
    Symbol* first = symOf(0);
    if (s != first) {
      resolveObj(first);
      if (!s->type) s->type = tt.basic(TypeKind::Invalid);
      return;
    }
    Expr* e = vs->values[0];
    expr(e);
    const Type* et = e->type;
    std::vector<const Type*> types;
    if (e->mode == ExprMode::Invalid) {
    } else if (et && et->kind == TypeKind::Tuple) {
      types = et->elems;
    } else if (e->mode == ExprMode::CommaOk || e->mode == ExprMode::MapIndex) {
      types = {e->type, tt.basic(TypeKind::Bool)};
      if (vs->names.size() == 2) e->mode = ExprMode::CommaOk;
    } else {
      types = {et};
    }
    if (e->mode != ExprMode::Invalid && types.size() != vs->names.size()) {
      std::string msg = "assignment mismatch: " + std::to_string(vs->names.size()) + " variable" +
                        (vs->names.size() > 1 ? "s" : "") + " but ";
      if (e->kind == NodeKind::CallExpr) msg += gcExprString(e->as<CallExpr>()->fun) + " returns " + std::to_string(types.size()) + " value" + (types.size() != 1 ? "s" : "");
      else msg += std::to_string(types.size()) + " value" + (types.size() != 1 ? "s" : "");
      error(vs->names[0]->pos, msg);
      types.clear();
    }
    for (size_t i = 0; i < vs->names.size(); i++) {
      Symbol* si = symOf(i);
      if (!si) continue;
      const Type* ti = i < types.size() ? types[i] : tt.basic(TypeKind::Invalid);
      if (t) {
        if (i < types.size() && !assignableTo(ti, t) && ti->kind != TypeKind::Invalid)
          error(e->pos, "cannot use " + gcExprString(e) + " value of type " + typeStr(ti) + " as " + typeStr(t) + " value in assignment");
        si->type = t;
      } else {
        si->type = ti->isUntyped() ? defaultType(ti) : ti;
      }
      if (si != s) decls[si].color = DeclInfo::Black;
      if (si != s) decls[si].deps = d.deps;
    }
    return;
  }
  std::string msg = "assignment mismatch: " + std::to_string(vs->names.size()) + " variable" +
                    (vs->names.size() > 1 ? "s" : "") + " but " + std::to_string(vs->values.size()) + " value" +
                    (vs->values.size() != 1 ? "s" : "");
  if (d.index == 0) error(vs->names[0]->pos, msg);
  s->type = t ? t : tt.basic(TypeKind::Invalid);
}

// Invalid recursive types: a named type whose underlying contains itself by
// value (struct fields, array elements), not through a reference.
void Checker::validTypes() {
  for (Symbol* s : pkgObjects) {
    if (s->kind != SymbolKind::TypeName || !s->type || s->type->kind != TypeKind::Named) continue;
    const Type* root = s->type;
    std::vector<const Type*> stack{root->underlying()};
    std::set<const Type*> seen;
    bool cyc = false;
    int steps = 0;
    while (!stack.empty() && !cyc && steps++ < 100000) {
      const Type* t = stack.back();
      stack.pop_back();
      if (!t) continue;
      if (t->kind == TypeKind::Named) {
        if (t == root || (t->origin && t->origin == root)) { cyc = true; break; }
        if (seen.count(t)) continue;
        seen.insert(t);
        stack.push_back(t->underlyingType);
        continue;
      }
      if (t->kind == TypeKind::Struct) for (auto& f : t->fields) stack.push_back(f.type);
      if (t->kind == TypeKind::Array) stack.push_back(t->elem);
    }
    if (cyc) {
      curFile = decls[s].file;
      error(s->pos, "invalid recursive type " + s->name + "\n\t" + posText(s->pos) + ": " + s->name + " refers to " + s->name);
      const_cast<Type*>(s->type)->underlyingType = tt.basic(TypeKind::Invalid);
    }
  }
}

// Go spec "Package initialization": repeatedly the earliest variable in
// declaration order that has no uninitialized dependencies. Dependencies are
// the package-level vars referenced, directly or through functions.
void Checker::computeInitOrder(Package* p) {
  std::vector<Symbol*> vars;
  for (Symbol* s : pkgObjects) if (s->kind == SymbolKind::Var && s->pkg == p) vars.push_back(s);
  // transitive var deps (through funcs), computed by iterative DFS
  auto varDeps = [&](Symbol* v) {
    std::set<Symbol*> out, seenFn;
    std::vector<Symbol*> work(decls[v].deps.begin(), decls[v].deps.end());
    while (!work.empty()) {
      Symbol* d = work.back();
      work.pop_back();
      if (d->kind == SymbolKind::Var) { if (d != v) out.insert(d); continue; }
      if (seenFn.count(d)) continue;
      seenFn.insert(d);
      auto it = decls.find(d);
      if (it != decls.end()) for (Symbol* x : it->second.deps) work.push_back(x);
    }
    return out;
  };
  std::map<Symbol*, std::set<Symbol*>> deps;
  for (Symbol* v : vars) deps[v] = varDeps(v);
  std::set<Symbol*> done;
  std::set<const ValueSpec*> emittedSpecs;
  size_t remaining = vars.size();
  while (remaining > 0) {
    bool progress = false;
    for (Symbol* v : vars) {
      if (done.count(v)) continue;
      bool ready = true;
      for (Symbol* d : deps[v]) if (!done.count(d) && d->pkg == p) { ready = false; break; }
      if (!ready) continue;
      done.insert(v);
      remaining--;
      p->initOrder.push_back(v);
      progress = true;
      break;
    }
    if (!progress) {
      for (Symbol* v : vars) {
        if (!done.count(v)) {
          curFile = decls[v].file;
          error(v->pos, "initialization cycle or initialization loop involving " + v->name);
          break;
        }
      }
      for (Symbol* v : vars) if (!done.count(v)) { p->initOrder.push_back(v); done.insert(v); }
      break;
    }
  }
}

}  // namespace heapscope
