// Calls: conversions, function and method calls (argument passing,
// variadics, f(g()) spreading, generic inference hand-off) and builtins.
#include "types/checker_impl.h"

namespace heapscope {

static std::string typesSummary(Checker& c, const std::vector<const Type*>& ts, bool variadic) {
  std::string s = "(";
  for (size_t i = 0; i < ts.size(); i++) {
    if (i) s += ", ";
    const Type* t = ts[i];
    if (!t || t->kind == TypeKind::Invalid) { s += "unknown type"; continue; }
    if (variadic && i + 1 == ts.size() && t->kind == TypeKind::Slice) { s += "..." + c.typeStr(t->elem); continue; }
    if (t->isUntyped()) {
      if (t->isNumeric()) s += "number";
      else {
        std::string n = t->str(false);
        s += n.substr(n.find(' ') + 1);
      }
      continue;
    }
    s += c.typeStr(t);
  }
  return s + ")";
}

static Symbol* calleeSymbol(Expr* fun) {
  while (fun && fun->kind == NodeKind::ParenExpr) fun = fun->as<ParenExpr>()->x;
  if (!fun) return nullptr;
  if (fun->kind == NodeKind::Ident) return fun->as<Ident>()->symbol;
  if (fun->kind == NodeKind::SelectorExpr) {
    auto* se = fun->as<SelectorExpr>();
    if (se->selKind == SelectionKind::PackageMember) return se->sel->symbol;
  }
  return nullptr;
}

void Checker::call(CallExpr* ce, const Type* hint, bool allowTuple) {
  (void)allowTuple;
  Expr* fun = ce->fun;
  expr(fun);
  switch (fun->mode) {
    case ExprMode::Invalid:
      for (Expr* a : ce->args) expr(a);
      ce->mode = ExprMode::Invalid;
      return;
    case ExprMode::TypeExpr:
      conversion(ce, fun->type);
      return;
    case ExprMode::Builtin: {
      Symbol* s = calleeSymbol(fun);
      builtinCall(ce, s ? s->builtin : BuiltinId::None, hint);
      return;
    }
    case ExprMode::Package:
    case ExprMode::NoValue:
      rvalue(fun);
      for (Expr* a : ce->args) expr(a);
      ce->mode = ExprMode::Invalid;
      return;
    default:
      break;
  }
  if (fun->type->kind == TypeKind::Tuple) {
    rvalue(fun);
    for (Expr* a : ce->args) expr(a);
    ce->mode = ExprMode::Invalid;
    return;
  }
  const Type* sig = coreType(fun->type);
  if (!sig || sig->kind != TypeKind::Func) {
    error(ce->pos, "invalid operation: cannot call non-function " + describe(fun));
    for (Expr* a : ce->args) expr(a);
    ce->mode = ExprMode::Invalid;
    return;
  }
  std::string name = gcExprString(fun);
  // generic callee?
  Symbol* fsym = nullptr;
  std::vector<const Type*> explicitArgs;
  Expr* ufun = unparen(fun);
  if (ufun->kind == NodeKind::IndexExpr) {
    IndexExpr* ie = ufun->as<IndexExpr>();
    Symbol* s = calleeSymbol(ie->x);
    if (s && s->kind == SymbolKind::Func && !s->typeParams.empty() && ie->typeArgs.size() < s->typeParams.size()) {
      fsym = s;
      explicitArgs = ie->typeArgs;
    }
    name = gcExprString(ie->x);
  } else {
    Symbol* s = calleeSymbol(fun);
    if (s && s->kind == SymbolKind::Func && !s->typeParams.empty()) fsym = s;
  }
  // evaluate arguments
  std::vector<Expr*> args = ce->args;
  bool spread = false;
  std::vector<const Type*> argTypes;
  if (args.size() == 1 && !ce->hasEllipsis) {
    const Type* h = (!fsym && !sig->params.empty()) ? sig->params[0] : nullptr;
    if (h && sig->variadic && sig->params.size() == 1) h = h->elem;
    expr(args[0], h);
    if (args[0]->mode != ExprMode::Invalid && args[0]->type && args[0]->type->kind == TypeKind::Tuple) {
      spread = true;
      argTypes = args[0]->type->elems;
    } else {
      singleValue(args[0]);
    }
  } else {
    for (size_t i = 0; i < args.size(); i++) {
      const Type* h = nullptr;
      if (!fsym && !sig->params.empty()) {
        size_t n = sig->params.size();
        if (sig->variadic && i >= n - 1) h = ce->hasEllipsis ? sig->params[n - 1] : sig->params[n - 1]->elem;
        else if (i < n) h = sig->params[i];
      }
      rvalue(args[i], h);
    }
  }
  bool anyInvalid = false;
  for (Expr* a : args) if (a->mode == ExprMode::Invalid) anyInvalid = true;
  if (fsym) {
    if (anyInvalid) { ce->mode = ExprMode::Invalid; return; }
    std::vector<const Type*> targs = explicitArgs;
    if (!inferTypeArgs(ce, fsym, sig, args, targs, name)) { ce->mode = ExprMode::Invalid; return; }
    std::vector<const Type*> tparams;
    for (Symbol* tp : fsym->typeParams) tparams.push_back(tp->type);
    // gc reports an unsatisfied inferred type argument at the call's "("
    Pos at = explicitArgs.empty() && ce->lparen.line > 0 ? ce->lparen : ce->pos;
    if (!checkTypeArgs(at, tparams, targs)) { ce->mode = ExprMode::Invalid; return; }
    sig = tt.subst(sig, tparams, targs);
    ce->typeArgs = targs;
    if (ufun->kind == NodeKind::IndexExpr) {
      ufun->as<IndexExpr>()->typeArgs = targs;
      ufun->type = sig;
    }
    fun->type = sig;
    result_.funcInstances.push_back({fsym, targs});
  } else if (ufun->kind == NodeKind::IndexExpr && !ufun->as<IndexExpr>()->typeArgs.empty()) {
    ce->typeArgs = ufun->as<IndexExpr>()->typeArgs;
  }
  // call kind
  if (ufun->kind == NodeKind::SelectorExpr && ufun->as<SelectorExpr>()->selKind == SelectionKind::Method)
    ce->callKind = ufun->as<SelectorExpr>()->methodOnInterface ? CallKind::InterfaceMethod : CallKind::Method;
  else
    ce->callKind = CallKind::Regular;
  // argument count and assignability
  size_t nparams = sig->params.size();
  size_t nargs = spread ? argTypes.size() : args.size();
  if (!spread) for (Expr* a : args) argTypes.push_back(a->type);
  if (ce->hasEllipsis && !sig->variadic) {
    if (!anyInvalid) error(ce->args.back()->pos, "have (...) in call to non-variadic " + name);
    ce->mode = ExprMode::Invalid;
    return;
  }
  bool countOk;
  if (sig->variadic && !ce->hasEllipsis) countOk = nargs >= nparams - 1;
  else countOk = nargs == nparams;
  if (!countOk && !anyInvalid) {
    bool tooFew = sig->variadic ? nargs < nparams - 1 : nargs < nparams;
    std::string msg = std::string(tooFew ? "not enough" : "too many") + " arguments in call to " + name + "\n\thave " +
                      typesSummary(*this, argTypes, false) + "\n\twant " + typesSummary(*this, sig->params, sig->variadic);
    // types2: first extra argument, else last argument, else the call itself
    Pos at = ce->pos;
    if (!tooFew && !spread) at = args[nparams < args.size() ? nparams : args.size() - 1]->pos;
    else if (!args.empty()) at = spread ? args[0]->pos : args.back()->pos;
    error(at, msg);
    ce->mode = ExprMode::Invalid;
    return;
  }
  if (countOk) {
    std::string ctx = "argument to " + name;
    if (spread) {
      for (size_t i = 0; i < argTypes.size(); i++) {
        const Type* pt = (sig->variadic && i >= nparams - 1) ? sig->params[nparams - 1]->elem : sig->params[i];
        if (!assignableTo(argTypes[i], pt)) {
          error(args[0]->pos, "cannot use " + gcExprString(args[0]) + " (value of type " + typeStr(args[0]->type) + ") as " +
                                  typeStr(pt) + " value in " + ctx);
          break;
        }
      }
    } else {
      for (size_t i = 0; i < args.size(); i++) {
        const Type* pt;
        if (sig->variadic && i >= nparams - 1) pt = ce->hasEllipsis ? sig->params[nparams - 1] : sig->params[nparams - 1]->elem;
        else pt = sig->params[i];
        assign(args[i], pt, ctx);
      }
    }
  }
  if (sig->results.empty()) {
    ce->mode = ExprMode::NoValue;
    ce->type = tt.tupleOf({});
  } else if (sig->results.size() == 1) {
    ce->mode = ExprMode::Value;
    ce->type = sig->results[0];
  } else {
    ce->mode = ExprMode::Value;
    ce->type = tt.tupleOf(sig->results);
  }
}

// ------------------------------------------------------------------ builtins
static const char* builtinName(BuiltinId id) {
  switch (id) {
    case BuiltinId::Append: return "append";
    case BuiltinId::Cap: return "cap";
    case BuiltinId::Clear: return "clear";
    case BuiltinId::Close: return "close";
    case BuiltinId::Complex: return "complex";
    case BuiltinId::Copy: return "copy";
    case BuiltinId::Delete: return "delete";
    case BuiltinId::Imag: return "imag";
    case BuiltinId::Len: return "len";
    case BuiltinId::Make: return "make";
    case BuiltinId::Max: return "max";
    case BuiltinId::Min: return "min";
    case BuiltinId::New: return "new";
    case BuiltinId::Panic: return "panic";
    case BuiltinId::Print: return "print";
    case BuiltinId::Println: return "println";
    case BuiltinId::Real: return "real";
    case BuiltinId::Recover: return "recover";
    default: return "?";
  }
}

static bool containsCallOrRecv(Expr* e, int depth) {
  if (!e || depth > 200) return false;
  switch (e->kind) {
    case NodeKind::CallExpr: return e->as<CallExpr>()->callKind != CallKind::Conversion && e->as<CallExpr>()->callKind != CallKind::Builtin ? true : false;
    case NodeKind::UnaryExpr: return e->as<UnaryExpr>()->op == Token::Kind::Arrow || containsCallOrRecv(e->as<UnaryExpr>()->x, depth + 1);
    case NodeKind::ParenExpr: return containsCallOrRecv(e->as<ParenExpr>()->x, depth + 1);
    case NodeKind::SelectorExpr: return containsCallOrRecv(e->as<SelectorExpr>()->x, depth + 1);
    case NodeKind::IndexExpr: {
      auto* ie = e->as<IndexExpr>();
      if (containsCallOrRecv(ie->x, depth + 1)) return true;
      for (Expr* i : ie->indices) if (containsCallOrRecv(i, depth + 1)) return true;
      return false;
    }
    case NodeKind::StarExpr: return containsCallOrRecv(e->as<StarExpr>()->x, depth + 1);
    case NodeKind::BinaryExpr: return containsCallOrRecv(e->as<BinaryExpr>()->x, depth + 1) || containsCallOrRecv(e->as<BinaryExpr>()->y, depth + 1);
    case NodeKind::CompositeLit: return true;
    default: return false;
  }
}

void Checker::builtinCall(CallExpr* ce, BuiltinId id, const Type* hint) {
  ce->callKind = CallKind::Builtin;
  ce->builtinId = static_cast<int>(id);
  std::string name = builtinName(id);
  auto& args = ce->args;
  size_t n = args.size();
  auto fail = [&]() { ce->mode = ExprMode::Invalid; };
  auto nargsErr = [&](size_t want, bool atLeast) -> bool {
    if (n < want) {
      error(ce->rparen, "invalid operation: not enough arguments for " + gcExprString(ce) + " (expected " + std::to_string(want) + ", found " + std::to_string(n) + ")");
      return true;
    }
    if (!atLeast && n > want) {
      error(args[want]->pos, "invalid operation: too many arguments for " + gcExprString(ce) + " (expected " + std::to_string(want) + ", found " + std::to_string(n) + ")");
      return true;
    }
    return false;
  };
  if (ce->hasEllipsis && id != BuiltinId::Append) {
    error(ce->pos, "invalid operation: invalid use of ... with built-in " + name);
    for (Expr* a : args) expr(a);
    fail();
    return;
  }
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      if (nargsErr(1, false)) { for (Expr* a : args) expr(a); fail(); return; }
      Expr* x = args[0];
      rvalue(x);
      if (x->mode == ExprMode::Invalid) { fail(); return; }
      const Type* t = x->type;
      const Type* u = coreType(t);
      if (u && u->kind == TypeKind::Pointer && u->elem->underlying()->kind == TypeKind::Array) u = u->elem->underlying();
      bool ok = false;
      bool isConst = false;
      int64_t cv = 0;
      if (u) {
        switch (u->kind) {
          case TypeKind::String: case TypeKind::UntypedString:
            ok = id == BuiltinId::Len;
            if (ok && x->mode == ExprMode::Constant) { isConst = true; cv = static_cast<int64_t>(x->constant->strVal.size()); }
            break;
          case TypeKind::Array:
            ok = true;
            if (!containsCallOrRecv(x, 0)) { isConst = true; cv = u->len; }
            break;
          case TypeKind::Slice: case TypeKind::Chan: ok = true; break;
          case TypeKind::Map: ok = id == BuiltinId::Len; break;
          default: break;
        }
      } else if (isTypeParam(t)) {
        ok = typeSetAll(t, [&](const Type* tp) {
          auto k = tp->underlying()->kind;
          if (k == TypeKind::Pointer) k = tp->underlying()->elem->underlying()->kind;
          return k == TypeKind::String ? id == BuiltinId::Len : k == TypeKind::Map ? id == BuiltinId::Len
                 : (k == TypeKind::Array || k == TypeKind::Slice || k == TypeKind::Chan);
        });
      }
      if (!ok) {
        error(x->pos, "invalid argument: " + describe(x) + " for built-in " + name);
        fail();
        return;
      }
      if (x->type->isUntyped()) convertUntyped(x, tt.basic(TypeKind::String));
      if (isConst) { setConst(ce, tt.basic(TypeKind::Int), ConstValue::makeInt(cv)); return; }
      ce->mode = ExprMode::Value;
      ce->type = tt.basic(TypeKind::Int);
      return;
    }
    case BuiltinId::Append: {
      if (n == 0) { error(ce->rparen, "not enough arguments for append() (expected 1, found 0)"); fail(); return; }
      Expr* s = args[0];
      rvalue(s, hint);
      if (s->mode == ExprMode::Invalid) { for (size_t i = 1; i < n; i++) expr(args[i]); fail(); return; }
      if (s->type->kind == TypeKind::UntypedNil) {
        error(s->pos, "first argument to append must be a slice; have untyped nil");
        for (size_t i = 1; i < n; i++) expr(args[i]);
        fail();
        return;
      }
      const Type* u = coreType(s->type);
      if (!u || u->kind != TypeKind::Slice) {
        // types2 (go 1.21/1.22): "first argument to append must be a slice; have x (…)"
        error(s->pos, "first argument to append must be a slice; have " + describe(s));
        for (size_t i = 1; i < n; i++) expr(args[i]);
        fail();
        return;
      }
      if (ce->hasEllipsis) {
        if (n != 2) {
          error(ce->pos, "can only use ... with final argument in list");
          for (size_t i = 1; i < n; i++) expr(args[i]);
          fail();
          return;
        }
        rvalue(args[1], s->type);
        Expr* y = args[1];
        if (y->mode == ExprMode::Invalid) { fail(); return; }
        bool bytesFromString = u->elem->underlying()->kind == TypeKind::Uint8 && y->type->isString();
        if (bytesFromString) {
          if (y->type->isUntyped()) convertUntyped(y, tt.basic(TypeKind::String));
        } else if (y->type->kind == TypeKind::UntypedNil) {
          y->type = s->type;
        } else {
          const Type* yu = coreType(y->type);
          if (!yu || yu->kind != TypeKind::Slice || yu->elem != u->elem) {
            error(y->pos, "cannot use " + describe(y) + " as " + typeStr(tt.sliceOf(u->elem)) + " value in argument to append");
            fail();
            return;
          }
        }
      } else {
        for (size_t i = 1; i < n; i++) {
          rvalue(args[i], u->elem);
          assign(args[i], u->elem, "argument to append");
        }
      }
      ce->mode = ExprMode::Value;
      ce->type = s->type;
      return;
    }
    case BuiltinId::Copy: {
      if (nargsErr(2, false)) { for (Expr* a : args) expr(a); fail(); return; }
      rvalue(args[0]);
      rvalue(args[1]);
      if (args[0]->mode == ExprMode::Invalid || args[1]->mode == ExprMode::Invalid) { fail(); return; }
      const Type* du = coreType(args[0]->type);
      const Type* su = coreType(args[1]->type);
      bool ok = du && du->kind == TypeKind::Slice && su &&
                ((su->kind == TypeKind::Slice && su->elem == du->elem) ||
                 (su->isString() && du->elem->underlying()->kind == TypeKind::Uint8));
      if (!ok) {
        if (!du || du->kind != TypeKind::Slice)
          error(args[0]->pos, "invalid argument: copy expects slice arguments; found " + describe(args[0]) + " and " + describe(args[1]));
        else
          error(ce->pos, "invalid argument: arguments to copy " + describe(args[0]) + " and " + describe(args[1]) +
                             " have different element types " + typeStr(du->elem) + " and " +
                             typeStr(su && (su->kind == TypeKind::Slice) ? su->elem : args[1]->type));
        fail();
        return;
      }
      if (args[1]->type->isUntyped()) convertUntyped(args[1], tt.basic(TypeKind::String));
      ce->mode = ExprMode::Value;
      ce->type = tt.basic(TypeKind::Int);
      return;
    }
    case BuiltinId::Delete: {
      if (nargsErr(2, false)) { for (Expr* a : args) expr(a); fail(); return; }
      rvalue(args[0]);
      if (args[0]->mode == ExprMode::Invalid) { expr(args[1]); fail(); return; }
      const Type* u = coreType(args[0]->type);
      if (!u || u->kind != TypeKind::Map) {
        error(args[0]->pos, "invalid argument: " + describe(args[0]) + " is not a map");
        expr(args[1]);
        fail();
        return;
      }
      rvalue(args[1], u->key);
      if (args[1]->mode != ExprMode::Invalid && !assign(args[1], u->key, "argument to delete")) { fail(); return; }
      ce->mode = ExprMode::NoValue;
      ce->type = tt.tupleOf({});
      return;
    }
    case BuiltinId::Make: {
      if (n == 0) { error(ce->rparen, "not enough arguments for make() (expected 1, found 0)"); fail(); return; }
      const Type* T = typeExpr(args[0]);
      for (size_t i = 1; i < n; i++) rvalue(args[i]);
      if (T->kind == TypeKind::Invalid) { fail(); return; }
      const Type* u = coreType(T);
      size_t minArgs = 1, maxArgs = 1;
      if (u && u->kind == TypeKind::Slice) { minArgs = 2; maxArgs = 3; }
      else if (u && (u->kind == TypeKind::Map || u->kind == TypeKind::Chan)) { minArgs = 1; maxArgs = 2; }
      else {
        error(args[0]->pos, "invalid argument: cannot make " + gcExprString(args[0]) + "; type must be slice, map, or channel");
        fail();
        return;
      }
      if (n < minArgs || n > maxArgs) {
        error(ce->pos, "invalid operation: " + gcExprString(ce) + " expects " + std::to_string(minArgs) +
                           (maxArgs > minArgs ? " or " + std::to_string(maxArgs) : "") + " arguments; found " + std::to_string(n));
        fail();
        return;
      }
      int64_t sizes[2] = {-1, -1};
      for (size_t i = 1; i < n; i++) {
        Expr* a = args[i];
        if (a->mode == ExprMode::Invalid) { fail(); return; }
        if (a->mode == ExprMode::Constant) {
          if (!a->constant->isNumeric() || !a->constant->isIntegral()) {
            if (a->constant->isNumeric()) error(a->pos, describe(a) + " truncated to int");
            else error(a->pos, "cannot convert " + describe(a) + " to type int");
            fail();
            return;
          }
          ConstValue iv = a->constant->toInt();
          if (iv.num.isNeg()) {
            error(a->pos, "invalid argument: index " + describe(a) + " must not be negative");
            fail();
            return;
          }
          sizes[i - 1] = iv.num.fitsI64() ? iv.num.toI64() : INT64_MAX;
          if (a->type->isUntyped()) convertUntyped(a, tt.basic(TypeKind::Int));
        } else if (!typeSetAll(a->type, [](const Type* t) { return t->isInteger(); }) &&
                   !(a->type->isUntyped() && a->type->isNumeric())) {
          error(a->pos, "cannot convert " + describe(a) + " to type int");
          fail();
          return;
        } else if (a->type->isUntyped()) {
          convertUntyped(a, tt.basic(TypeKind::Int));
        }
      }
      if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        error(args[1]->pos, "invalid argument: length and capacity swapped");
        fail();
        return;
      }
      ce->mode = ExprMode::Value;
      ce->type = T;
      return;
    }
    case BuiltinId::New: {
      if (nargsErr(1, false)) { for (Expr* a : args) expr(a); fail(); return; }
      const Type* T = typeExpr(args[0]);
      if (T->kind == TypeKind::Invalid) { fail(); return; }
      ce->mode = ExprMode::Value;
      ce->type = tt.pointerTo(T);
      return;
    }
    case BuiltinId::Panic: {
      if (nargsErr(1, false)) { for (Expr* a : args) expr(a); fail(); return; }
      rvalue(args[0], tt.anyType());
      assign(args[0], tt.anyType(), "argument to panic");
      ce->mode = ExprMode::NoValue;
      ce->type = tt.tupleOf({});
      return;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      for (Expr* a : args) {
        rvalue(a);
        if (a->mode == ExprMode::Invalid) continue;
        if (a->type->kind == TypeKind::UntypedNil) {
          error(a->pos, "use of untyped nil in argument to built-in " + name);
          continue;
        }
        defaultUntyped(a);
      }
      ce->mode = ExprMode::NoValue;
      ce->type = tt.tupleOf({});
      return;
    }
    case BuiltinId::Recover: {
      if (nargsErr(0, false)) { for (Expr* a : args) expr(a); fail(); return; }
      ce->mode = ExprMode::Value;
      ce->type = tt.anyType();
      return;
    }
    case BuiltinId::Close: {
      if (nargsErr(1, false)) { for (Expr* a : args) expr(a); fail(); return; }
      rvalue(args[0]);
      if (args[0]->mode == ExprMode::Invalid) { fail(); return; }
      const Type* u = coreType(args[0]->type);
      if (!u || u->kind != TypeKind::Chan) {
        error(args[0]->pos, "invalid operation: non-chan argument " + describe(args[0]) + " to close");  // gc: "invalid argument"
        fail();
        return;
      }
      if (u->dir == ChanDir::Recv) {
        error(args[0]->pos, "invalid operation: cannot close receive-only channel " + describe(args[0]));
        fail();
        return;
      }
      ce->mode = ExprMode::NoValue;
      ce->type = tt.tupleOf({});
      return;
    }
    case BuiltinId::Clear: {
      if (nargsErr(1, false)) { for (Expr* a : args) expr(a); fail(); return; }
      rvalue(args[0]);
      if (args[0]->mode == ExprMode::Invalid) { fail(); return; }
      const Type* u = coreType(args[0]->type);
      if (!u || (u->kind != TypeKind::Map && u->kind != TypeKind::Slice)) {
        error(args[0]->pos, "invalid argument: " + describe(args[0]) + " must be a map or slice");  // approximate
        fail();
        return;
      }
      ce->mode = ExprMode::NoValue;
      ce->type = tt.tupleOf({});
      return;
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      if (n == 0) { error(ce->rparen, "invalid operation: not enough arguments for " + gcExprString(ce) + " (expected 1, found 0)"); fail(); return; }
      for (Expr* a : args) rvalue(a, hint);
      for (Expr* a : args) if (a->mode == ExprMode::Invalid) { fail(); return; }
      // common type: the first typed operand's type, else the widest untyped kind
      const Type* t = nullptr;
      for (Expr* a : args) if (!a->type->isUntyped()) { t = a->type; break; }
      if (!t) {
        t = args[0]->type;
        for (Expr* a : args) {
          if (!a->type->isNumeric() && !a->type->isString()) { t = a->type; break; }
          if (static_cast<int>(a->type->kind) > static_cast<int>(t->kind)) t = a->type;
        }
      }
      auto ordered = [](const Type* x) { return x->isInteger() || x->isFloat() || x->isString(); };
      for (Expr* a : args) {
        if (a->type->isUntyped() && !t->isUntyped()) {
          convertUntyped(a, t);
          if (a->mode == ExprMode::Invalid) { fail(); return; }
        } else if (a->type->isUntyped()) {
          convertUntyped(a, t);
        }
        if (!typeSetAll(a->type, ordered)) {
          error(a->pos, "invalid argument: " + describe(a) + " cannot be ordered");
          fail();
          return;
        }
        if (a->type != t) {
          error(a->pos, "invalid argument: mismatched types " + typeStr(args[0]->type) + " (previous argument) and " +
                            typeStr(a->type) + " (type of " + gcExprString(a) + ")");
          fail();
          return;
        }
      }
      bool allConst = true;
      for (Expr* a : args) if (a->mode != ExprMode::Constant) allConst = false;
      if (allConst) {
        const ConstValue* best = args[0]->constant;
        for (Expr* a : args) {
          bool less = ConstValue::compare(Token::Kind::Lss, *a->constant, *best);
          if ((id == BuiltinId::Min && less) || (id == BuiltinId::Max && ConstValue::compare(Token::Kind::Gtr, *a->constant, *best))) best = a->constant;
        }
        setConst(ce, t, *best);
        return;
      }
      if (t->isUntyped()) {
        t = defaultType(t);
        for (Expr* a : args) convertUntyped(a, t);
      }
      ce->mode = ExprMode::Value;
      ce->type = t;
      return;
    }
    case BuiltinId::Complex:
    case BuiltinId::Real:
    case BuiltinId::Imag:
      for (Expr* a : args) expr(a);
      error(ce->pos, "not supported yet: complex numbers (" + name + ")");
      fail();
      return;
    default:
      for (Expr* a : args) expr(a);
      error(ce->pos, "invalid builtin");
      fail();
      return;
  }
}

}  // namespace heapscope
