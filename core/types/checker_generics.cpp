// Generics: type argument inference by unification (typed arguments first,
// then untyped defaults, then core types of constraints), and constraint
// satisfaction (methods, type sets with ~T terms, comparable).
#include "types/checker_impl.h"

namespace heapscope {

static bool mentionsUnbound(const Type* t, const std::map<const Type*, const Type*>& m, int depth);

bool Checker::unify(const Type* p, const Type* a, std::map<const Type*, const Type*>& m, int depth) {
  if (!p || !a || depth > 64) return p == a;
  if (p->kind == TypeKind::TypeParam) {
    auto it = m.find(p);
    if (it != m.end()) {
      if (!it->second) { it->second = a; return true; }
      if (it->second == a) return true;
      // inexact: a named and an unnamed type with the same underlying
      if (it->second->underlying() == a->underlying() && (!it->second->isNamed() || !a->isNamed())) {
        if (!a->isNamed()) return true;
        it->second = a;
        return true;
      }
      return false;
    }
  }
  // identical types still bind the parameters they mention (a recursive
  // call mergeSort(x[:m], ...) passes []E for []E)
  if (p == a && !mentionsUnbound(p, m, 0)) return true;
  if (p->kind == TypeKind::Named) {
    if (a->kind == TypeKind::Named && p->origin && a->origin == p->origin && p->typeArgs.size() == a->typeArgs.size()) {
      for (size_t i = 0; i < p->typeArgs.size(); i++)
        if (!unify(p->typeArgs[i], a->typeArgs[i], m, depth + 1)) return false;
      return true;
    }
    return false;
  }
  if (a->kind == TypeKind::Named && p->kind != TypeKind::TypeParam) a = a->underlying();
  if (p->kind != a->kind) return false;
  switch (p->kind) {
    case TypeKind::Slice: case TypeKind::Pointer: return unify(p->elem, a->elem, m, depth + 1);
    case TypeKind::Array: return p->len == a->len && unify(p->elem, a->elem, m, depth + 1);
    case TypeKind::Chan: return unify(p->elem, a->elem, m, depth + 1);
    case TypeKind::Map: return unify(p->key, a->key, m, depth + 1) && unify(p->elem, a->elem, m, depth + 1);
    case TypeKind::Func:
      if (p->params.size() != a->params.size() || p->results.size() != a->results.size() || p->variadic != a->variadic) return false;
      for (size_t i = 0; i < p->params.size(); i++) if (!unify(p->params[i], a->params[i], m, depth + 1)) return false;
      for (size_t i = 0; i < p->results.size(); i++) if (!unify(p->results[i], a->results[i], m, depth + 1)) return false;
      return true;
    case TypeKind::Struct:
      if (p->fields.size() != a->fields.size()) return false;
      for (size_t i = 0; i < p->fields.size(); i++) {
        if (p->fields[i].name != a->fields[i].name) return false;
        if (!unify(p->fields[i].type, a->fields[i].type, m, depth + 1)) return false;
      }
      return true;
    default:
      return p == a;
  }
}

static bool mentionsUnbound(const Type* t, const std::map<const Type*, const Type*>& m, int depth) {
  if (!t || depth > 64) return false;
  if (t->kind == TypeKind::TypeParam) {
    auto it = m.find(t);
    return it != m.end() && !it->second;
  }
  switch (t->kind) {
    case TypeKind::Slice: case TypeKind::Pointer: case TypeKind::Array: case TypeKind::Chan:
      return mentionsUnbound(t->elem, m, depth + 1);
    case TypeKind::Map: return mentionsUnbound(t->key, m, depth + 1) || mentionsUnbound(t->elem, m, depth + 1);
    case TypeKind::Func:
      for (auto* x : t->params) if (mentionsUnbound(x, m, depth + 1)) return true;
      for (auto* x : t->results) if (mentionsUnbound(x, m, depth + 1)) return true;
      return false;
    case TypeKind::Named:
      for (auto* x : t->typeArgs) if (mentionsUnbound(x, m, depth + 1)) return true;
      return false;
    default: return false;
  }
}

bool Checker::inferTypeArgs(CallExpr* ce, Symbol* fsym, const Type* sig, std::vector<Expr*>& args,
                            std::vector<const Type*>& targs, const std::string& name) {
  std::vector<const Type*> tparams;
  for (Symbol* tp : fsym->typeParams) tparams.push_back(tp->type);
  std::map<const Type*, const Type*> m;
  for (size_t i = 0; i < tparams.size(); i++) m[tparams[i]] = i < targs.size() ? targs[i] : nullptr;
  size_t np = sig->params.size();
  auto paramAt = [&](size_t i) -> const Type* {
    if (sig->variadic && i >= np - 1) return ce->hasEllipsis ? sig->params[np - 1] : sig->params[np - 1]->elem;
    return i < np ? sig->params[i] : nullptr;
  };
  // a single tuple-valued argument spreads
  std::vector<const Type*> argTypes;
  std::vector<Expr*> argExprs;
  if (args.size() == 1 && args[0]->type && args[0]->type->kind == TypeKind::Tuple) {
    for (auto* t : args[0]->type->elems) { argTypes.push_back(t); argExprs.push_back(args[0]); }
  } else {
    for (Expr* a : args) { argTypes.push_back(a->type); argExprs.push_back(a); }
  }
  std::vector<std::pair<const Type*, const Type*>> untyped;  // (param, untyped arg type)
  for (size_t i = 0; i < argTypes.size(); i++) {
    const Type* p = paramAt(i);
    if (!p) break;
    const Type* a = argTypes[i];
    if (a->isUntyped()) {
      if (p->kind == TypeKind::TypeParam && m.count(p)) untyped.push_back({p, a});
      continue;
    }
    std::map<const Type*, const Type*> saved = m;
    if (!unify(p, a, m, 0)) {
      m = saved;
      const Type* inferred = tt.subst(p, tparams, [&] {
        std::vector<const Type*> v;
        for (auto* tp : tparams) v.push_back(m[tp] ? m[tp] : tp);
        return v;
      }());
      error(argExprs[i]->pos, "type " + typeStr(a) + " of " + gcExprString(argExprs[i]) + " does not match " +
                                  (inferred != p ? "inferred type " + typeStr(inferred) + " for " : "") + typeStr(p));
      return false;
    }
  }
  // untyped constants: the largest default kind per parameter
  for (auto* tp : tparams) {
    if (m[tp]) continue;
    const Type* best = nullptr;
    for (auto& [p, a] : untyped) {
      if (p != tp || a->kind == TypeKind::UntypedNil) continue;
      if (!best || static_cast<int>(a->kind) > static_cast<int>(best->kind)) best = a;
    }
    if (best) m[tp] = defaultType(best);
  }
  // core types of constraints ([S ~[]E, E any])
  for (int round = 0; round < 4; round++) {
    for (auto* tp : tparams) {
      const Type* c = constraintOf(tp);
      if (!c) continue;
      const Type* ci = c->underlying();
      if (ci->terms.size() != 1) continue;
      const Type* term = ci->terms[0].type;
      if (m[tp]) {
        const Type* bound = m[tp];
        // a type argument that is itself a type parameter (Clone(s[j:]) inside
        // a generic function) unifies through its own core type
        const Type* core = isTypeParam(bound) ? coreType(bound) : nullptr;
        if (core) unify(term, core, m, 0);
        else unify(term, ci->terms[0].tilde ? bound->underlying() : bound, m, 0);
      } else if (!mentionsUnbound(term, m, 0) && !ci->terms[0].tilde) {
        std::vector<const Type*> v;
        for (auto* x : tparams) v.push_back(m[x] ? m[x] : x);
        m[tp] = tt.subst(term, tparams, v);
      } else if (!mentionsUnbound(term, m, 0) && ci->terms[0].tilde) {
        std::vector<const Type*> v;
        for (auto* x : tparams) v.push_back(m[x] ? m[x] : x);
        m[tp] = tt.subst(term, tparams, v);
      }
    }
  }
  targs.clear();
  for (size_t i = 0; i < tparams.size(); i++) {
    const Type* tp = tparams[i];
    if (!m[tp]) {
      // gc: at the call's "(", naming where the parameter is declared (gc
      // prints that file's absolute path; we print its name)
      const Symbol* ts = fsym->typeParams[i];
      std::string file = ts->pkg && ts->pkg->path != "main" ? ts->pkg->path + ".go"
                                                                   : (curFile ? curFile->fileName : "prog.go");
      error(ce->lparen.line > 0 ? ce->lparen : ce->rparen,
            "in call to " + name + ", cannot infer " + tp->name + " (declared at " + file + ":" +
                std::to_string(ts->pos.line) + ":" + std::to_string(ts->pos.col) + ")");
      return false;
    }
    targs.push_back(m[tp]);
  }
  return true;
}

bool Checker::satisfies(const Type* t, const Type* constraint, std::string* reason) {
  const Type* c = constraint->underlying();
  if (c->kind != TypeKind::Interface) return true;
  if (c->comparableConstraint && !t->isComparable()) {
    *reason = typeStr(t) + " does not satisfy comparable";
    return false;
  }
  if (!c->terms.empty()) {
    auto inTerms = [&](const Type* x) {
      for (auto& term : c->terms) {
        if (term.type->kind == TypeKind::Invalid) continue;
        if (term.tilde ? x->underlying() == term.type->underlying() : x == term.type) return true;
      }
      return false;
    };
    bool ok;
    if (isTypeParam(t)) {
      const Type* tc = constraintOf(t);
      ok = tc && !tc->underlying()->terms.empty();
      if (ok) for (auto& term : tc->underlying()->terms) {
        bool found = false;
        for (auto& ct : c->terms) {
          if (ct.tilde ? term.type->underlying() == ct.type->underlying() : (!term.tilde && term.type == ct.type)) found = true;
        }
        if (!found) ok = false;
      }
    } else {
      ok = inTerms(t);
    }
    if (!ok) {
      std::string set;
      for (size_t i = 0; i < c->terms.size(); i++) {
        if (i) set += " | ";
        if (c->terms[i].tilde) set += "~";
        set += typeStr(c->terms[i].type);
      }
      *reason = typeStr(t) + " missing in " + set;
      return false;
    }
  }
  if (!c->methods.empty()) {
    bool ok;
    std::string why = missingMethodReason(t, constraint, &ok);
    if (!ok) { *reason = why; return false; }
  }
  return true;
}

bool Checker::checkTypeArgs(Pos p, const std::vector<const Type*>& tparams, const std::vector<const Type*>& targs) {
  for (size_t i = 0; i < tparams.size() && i < targs.size(); i++) {
    const Type* c = constraintOf(tparams[i]);
    if (!c) continue;
    const Type* cs = tt.subst(c, tparams, targs);
    std::string reason;
    if (!satisfies(targs[i], cs, &reason)) {
      std::string cname = c->kind == TypeKind::Named ? typeStr(c) : typeStr(cs);
      if (cs->underlying()->comparableConstraint && reason.find("comparable") != std::string::npos)
        error(p, reason);
      else if (reason.find("missing method") == 0 || reason.find("wrong type") == 0 || reason.find("method ") == 0)
        error(p, typeStr(targs[i]) + " does not " + (cs->underlying()->terms.empty() ? "satisfy " : "satisfy ") + cname + " (" + reason + ")");
      else
        error(p, typeStr(targs[i]) + " does not satisfy " + cname + " (" + reason + ")");
      return false;
    }
  }
  return true;
}

}  // namespace heapscope
