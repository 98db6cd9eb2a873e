// Calls: static, native, closure, method (static and interface dispatch),
// builtins, defer/go, and method values (closures binding a receiver).
#include "compile/compiler_impl.h"

namespace heapscope {

static Expr* unparenC(Expr* e) {
  while (e && e->kind == NodeKind::ParenExpr) e = e->as<ParenExpr>()->x;
  return e;
}

bool Compiler::calleeOf(CallExpr* e, const Symbol** fn, std::vector<const Type*>* typeArgs) {
  Expr* f = unparenC(e->fun);
  if (f->kind == NodeKind::IndexExpr) f = unparenC(f->as<IndexExpr>()->x);
  const Symbol* s = nullptr;
  if (f->kind == NodeKind::Ident) s = f->as<Ident>()->symbol;
  else if (f->kind == NodeKind::SelectorExpr && f->as<SelectorExpr>()->selKind == SelectionKind::PackageMember)
    s = f->as<SelectorExpr>()->sel->symbol;
  if (!s || s->kind != SymbolKind::Func) return false;
  *fn = s;
  typeArgs->clear();
  for (const Type* t : e->typeArgs) typeArgs->push_back(ty(t));
  if (typeArgs->empty()) {
    Expr* g = unparenC(e->fun);
    if (g->kind == NodeKind::IndexExpr)
      for (const Type* t : g->as<IndexExpr>()->typeArgs) typeArgs->push_back(ty(t));
  }
  return true;
}

// Evaluates the call's arguments into R[base+firstParam ..] converted to the
// parameter types (variadic extras packed into a slice).
void Compiler::argsInto(CallExpr* e, const Type* sig, int base, int firstParam) {
  const Type* su = sig->underlying();
  const auto& params = su->params;
  size_t np = params.size();
  // f(g()) with a multi-value g
  if (e->args.size() == 1 && e->args[0]->type && e->args[0]->type->kind == TypeKind::Tuple) {
    int n = 0;
    int res = call(unparenC(e->args[0])->as<CallExpr>(), &n);
    const Type* tt = ty(e->args[0]->type);
    size_t nfix = su->variadic ? np - 1 : np;
    for (size_t i = 0; i < nfix && i < tt->elems.size(); i++)
      moveInto(base + firstParam + static_cast<int>(i), Operand{res + static_cast<int>(i), true, true}, tt->elems[i], params[i]);
    if (su->variadic) {
      const Type* st = params[np - 1];
      int slot = base + firstParam + static_cast<int>(np - 1);
      size_t extra = tt->elems.size() > nfix ? tt->elems.size() - nfix : 0;
      if (!extra) {
        emit(Op::CLEAR_REF, slot);
      } else {
        const Type* et = st->underlying()->elem;
        std::vector<const Type*> bt(extra, et);
        int blk = block(bt);
        for (size_t i = 0; i < extra; i++)
          moveInto(blk + static_cast<int>(i), Operand{res + static_cast<int>(nfix + i), true, true}, tt->elems[nfix + i], et);
        int nil = tempReg(true);
        emit(Op::CLEAR_REF, nil);
        emit(Op::APPEND, slot, nil, blk);
        emit(Op::EXTRA, static_cast<int>(extra), typeIndex(st));
      }
    }
    return;
  }
  size_t nfix = su->variadic ? np - 1 : np;
  for (size_t i = 0; i < nfix && i < e->args.size(); i++)
    exprInto(e->args[i], base + firstParam + static_cast<int>(i), params[i]);
  if (su->variadic) {
    const Type* st = params[np - 1];
    int slot = base + firstParam + static_cast<int>(np - 1);
    if (e->hasEllipsis) {
      exprInto(e->args.back(), slot, st);
    } else {
      size_t extra = e->args.size() > nfix ? e->args.size() - nfix : 0;
      if (!extra) {
        emit(Op::CLEAR_REF, slot);
      } else {
        const Type* et = st->underlying()->elem;
        std::vector<const Type*> bt(extra, et);
        int blk = block(bt);
        for (size_t i = 0; i < extra; i++) exprInto(e->args[nfix + i], blk + static_cast<int>(i), et);
        int nil = tempReg(true);
        emit(Op::CLEAR_REF, nil);
        emit(Op::APPEND, slot, nil, blk);
        emit(Op::EXTRA, static_cast<int>(extra), typeIndex(st));
      }
    }
  }
}

int Compiler::call(CallExpr* e, int* nresults) {
  *nresults = 0;
  if (e->callKind == CallKind::Builtin) {
    Operand o = builtin(e, true);
    *nresults = 1;
    return o.reg;
  }
  if (e->callKind == CallKind::Conversion) {
    Operand o = conversion(e);
    *nresults = 1;
    return o.reg;
  }
  const Type* ft = ty(e->fun->type);
  const Type* su = ft ? ft->underlying() : nullptr;
  if (!su || su->kind != TypeKind::Func) {
    unsupported(e, "call of non-function");
    return -1;
  }
  std::vector<const Type*> resTypes(su->results.begin(), su->results.end());
  int res = resTypes.empty() ? 0 : block(resTypes);
  *nresults = static_cast<int>(resTypes.size());
  Expr* fun = unparenC(e->fun);

  if (fun->kind == NodeKind::SelectorExpr && fun->as<SelectorExpr>()->selKind == SelectionKind::Method) {
    auto* se = fun->as<SelectorExpr>();
    Symbol* m = se->method;
    const Type* recvT = nullptr;
    Operand recv = fieldBase(se->x, se->path, se->derefs, se->path.size(), &recvT);
    recvT = recvT ? ty(recvT) : nullptr;
    if (recvT && recvT->isInterface()) {
      std::vector<const Type*> at{recvT};
      for (const Type* t : su->params) at.push_back(t);
      int args = block(at);
      emit(Op::MOVE_REF, args, recv.reg);
      emit(Op::NIL_CHECK, args);
      argsInto(e, ft, args, 1);
      emit(Op::CALL_IFACE, res, methodNameIndex(se->sel->name), args);
      markArgsNil(args, at.size());
      return res;
    }
    if (!m) {
      unsupported(e, "method call");
      return res;
    }
    // a method of a type parameter resolved after substitution
    const Type* named = recvT;
    bool recvIsPtr = named && named->kind == TypeKind::Pointer && !named->isNamed();
    if (recvIsPtr) named = named->elem;
    if (se->methodOnInterface || (m->recvBase == nullptr && named && !named->isInterface())) {
      FieldOrMethod fm = lookupFieldOrMethod(recvT, se->sel->name);
      if (fm.kind == FieldOrMethod::Kind::Method && fm.method && !fm.onInterface) {
        m = fm.method;
        if (!fm.path.empty()) {
          int th = boundMethodThunk(m, recvT, false, se->sel->name);
          std::vector<const Type*> at{recvT};
          for (const Type* t : su->params) at.push_back(t);
          int args = block(at);
          moveInto(args, recv, recvT, recvT);
          argsInto(e, ft, args, 1);
          emit(Op::CALL, res, th, args);
          markArgsNil(args, at.size());
          return res;
        }
      }
    }
    const Type* mrecv = named;
    if (m->ptrRecv) mrecv = tt_.pointerTo(named);
    std::vector<const Type*> at{mrecv};
    for (const Type* t : su->params) at.push_back(t);
    int args = block(at);
    // receiver adaptation
    if (m->ptrRecv) {
      if (recvIsPtr) {
        emit(Op::MOVE_REF, args, recv.reg);
      } else {
        // &x: value types are their own pointer; others need the variable's cell
        if (isValueType(named)) {
          emit(Op::MOVE_REF, args, recv.reg);
        } else if (se->path.empty()) {
          Operand a = addressOf(se->x, mrecv);
          if (!(a.temp && retargetLast(a.reg, args, true))) emit(Op::MOVE_REF, args, a.reg);
        } else {
          unsupported(e, "pointer method on embedded non-struct field");
        }
      }
    } else {
      if (recvIsPtr) {
        if (isValueType(named)) {
          emit(Op::NIL_CHECK, recv.reg);
          emit(Op::CLONE, args, recv.reg);
        } else {
          emit(isRefType(named) ? Op::LOAD_PTR_REF : Op::LOAD_PTR, args, recv.reg);
        }
      } else {
        moveInto(args, recv, named, named);
      }
    }
    argsInto(e, ft, args, 1);
    auto it = funcDecls_.find(m);
    if (it != funcDecls_.end() && it->second->body) {
      emit(Op::CALL, res, funcIndexFor(m, named ? named->typeArgs : std::vector<const Type*>{}), args);
      markArgsNil(args, at.size());
    } else {
      int ni = nativeIndexFor(m);
      if (ni < 0) unsupported(e, m->qualifiedName());
      else emit(Op::CALL_NATIVE, res, ni, args);
    }
    return res;
  }

  std::vector<const Type*> at(su->params.begin(), su->params.end());
  const Symbol* fn = nullptr;
  std::vector<const Type*> targs;
  if (calleeOf(e, &fn, &targs)) {
    int args = at.empty() ? 0 : block(at);
    argsInto(e, ft, args, 0);
    auto it = funcDecls_.find(fn);
    if (it != funcDecls_.end() && it->second->body) {
      emit(Op::CALL, res, funcIndexFor(fn, targs), args);
      if (!at.empty()) markArgsNil(args, at.size());
    } else {
      int ni = nativeIndexFor(fn);
      if (ni < 0) unsupported(e, fn->qualifiedName());
      else emit(Op::CALL_NATIVE, res, ni, args);
    }
    return res;
  }
  Operand c = expr(e->fun);
  int args = at.empty() ? 0 : block(at);
  argsInto(e, ft, args, 0);
  emit(Op::CALL_CLOSURE, res, c.reg, args);
  if (!at.empty()) markArgsNil(args, at.size());
  return res;
}

Operand Compiler::callExpr(CallExpr* e) {
  if (e->callKind == CallKind::Conversion) return conversion(e);
  if (e->callKind == CallKind::Builtin) return builtin(e, true);
  int n = 0;
  int res = call(e, &n);
  if (n == 0) return Operand{tempReg(false), true, false};
  return Operand{res, true, true};
}

PrintKind printKindOf(const Type* t) {  // also used by compile_chan.cpp
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Bool: case TypeKind::UntypedBool: return PrintKind::Bool;
    case TypeKind::String: case TypeKind::UntypedString: return PrintKind::String;
    case TypeKind::Float32: case TypeKind::Float64: case TypeKind::UntypedFloat: return PrintKind::Float;
    case TypeKind::Uint: case TypeKind::Uint8: case TypeKind::Uint16: case TypeKind::Uint32: case TypeKind::Uint64:
    case TypeKind::Uintptr:
      return PrintKind::Uint;
    case TypeKind::Interface: return PrintKind::Iface;
    case TypeKind::Slice: return PrintKind::Slice;
    case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Func: case TypeKind::UntypedNil:
    case TypeKind::UnsafePointer:
      return PrintKind::Pointer;
    default: return PrintKind::Int;
  }
}

Operand Compiler::builtin(CallExpr* e, bool wantValue) {
  (void)wantValue;
  BuiltinId id = static_cast<BuiltinId>(e->builtinId);
  const Type* t = e->type ? ty(e->type) : nullptr;
  auto arg = [&](size_t i) { return e->args[i]; };
  switch (id) {
    case BuiltinId::Len: case BuiltinId::Cap: {
      const Type* xt = ty(arg(0)->type);
      const Type* u = xt->underlying();
      int r = tempReg(false);
      if (u->kind == TypeKind::Pointer) u = u->elem->underlying();
      if (u->kind == TypeKind::Array) {
        uint32_t n = static_cast<uint32_t>(u->len);
        emit(Op::LOADI, r, n & 0xFFFF, n >> 16);
        return Operand{r, true, false};
      }
      Operand x = expr(arg(0));
      if (u->kind == TypeKind::String) emit(Op::STR_LEN, r, x.reg);
      else emit(id == BuiltinId::Len ? Op::LEN : Op::CAP, r, x.reg);
      return Operand{r, true, false};
    }
    case BuiltinId::Append: {
      const Type* st = t;
      int r = tempReg(true);
      Operand s = expr(arg(0));
      if (e->hasEllipsis) {
        Operand x = expr(arg(1));
        emit(Op::APPEND_SLICE, r, s.reg, x.reg);
        emit(Op::EXTRA, 0, typeIndex(st));
        return Operand{r, true, false};
      }
      size_t n = e->args.size() - 1;
      if (n == 0) {
        emit(Op::MOVE_REF, r, s.reg);
        return Operand{r, true, false};
      }
      const Type* et = st->underlying()->elem;
      std::vector<const Type*> bt(n, et);
      int blk = block(bt);
      for (size_t i = 0; i < n; i++) exprInto(arg(i + 1), blk + static_cast<int>(i), et);
      emit(Op::APPEND, r, s.reg, blk);
      emit(Op::EXTRA, static_cast<int>(n), typeIndex(st));
      return Operand{r, true, false};
    }
    case BuiltinId::Make: {
      const Type* u = t->underlying();
      int r = tempReg(true);
      if (u->kind == TypeKind::Slice) {
        Operand len = expr(arg(1));
        int cap = kNoReg;
        if (e->args.size() > 2) cap = expr(arg(2)).reg;
        emit(Op::MAKE_SLICE, r, len.reg, cap);
        emit(Op::EXTRA, typeIndex(t));
      } else if (u->kind == TypeKind::Map) {
        if (e->args.size() > 1) expr(arg(1));
        emit(Op::MAP_NEW, r, typeIndex(t));
      } else if (u->kind == TypeKind::Chan) {
        int cap = kNoReg;
        if (e->args.size() > 1) cap = expr(arg(1)).reg;
        emit(Op::MAKE_CHAN, r, cap, typeIndex(t));
      } else {
        unsupported(e, "make(" + t->str() + ")");
      }
      return Operand{r, true, true};
    }
    case BuiltinId::New: {
      const Type* et = t->underlying()->elem;
      int r = tempReg(true);
      if (isValueType(et)) emit(Op::ZERO_VAL, r, typeIndex(et));
      else emit(Op::NEW_CELL, r, typeIndex(et));
      return Operand{r, true, false};
    }
    case BuiltinId::Delete: {
      const Type* mt = ty(arg(0)->type);
      Operand m = expr(arg(0));
      int k = tempFor(mt->underlying()->key);
      exprInto(arg(1), k, mt->underlying()->key);
      emit(Op::MAP_DELETE, m.reg, k);
      return Operand{tempReg(false), true, false};
    }
    case BuiltinId::Close: {
      Operand ch = expr(arg(0));
      emit(Op::CLOSE, ch.reg);
      return Operand{tempReg(false), true, false};
    }
    case BuiltinId::Copy: {
      Operand d = expr(arg(0));
      Operand s = expr(arg(1));
      int r = tempReg(false);
      emit(Op::COPY, r, d.reg, s.reg);
      return Operand{r, true, false};
    }
    case BuiltinId::Clear: {
      Operand x = expr(arg(0));
      emit(Op::CLEAR, x.reg);
      return Operand{tempReg(false), true, false};
    }
    case BuiltinId::Panic: {
      int r = tempReg(true);
      exprInto(arg(0), r, tt_.anyType());
      emit(Op::PANIC, r);
      return Operand{tempReg(false), true, false};
    }
    case BuiltinId::Recover: {
      int r = tempReg(true);
      emit(Op::RECOVER, r);
      return Operand{r, true, false};
    }
    case BuiltinId::Print: case BuiltinId::Println: {
      bool ln = id == BuiltinId::Println;
      for (size_t i = 0; i < e->args.size(); i++) {
        if (ln && i) emit(Op::PRINT, 0, static_cast<int>(PrintKind::Space));
        const Type* at = ty(arg(i)->type);
        Operand x = expr(arg(i));
        emit(Op::PRINT, x.reg, static_cast<int>(printKindOf(at)));
      }
      if (ln) emit(Op::PRINT, 0, static_cast<int>(PrintKind::Newline));
      return Operand{tempReg(false), true, false};
    }
    case BuiltinId::Min: case BuiltinId::Max: {
      int r = tempFor(t);
      exprInto(arg(0), r, t);
      for (size_t i = 1; i < e->args.size(); i++) {
        Operand y = expr(arg(i));
        int c = tempReg(false);
        const Type* u = t->underlying();
        Op lt = u->kind == TypeKind::String ? Op::LT_STR : t->isFloat() ? Op::LT_F : t->isUnsigned() ? Op::LT_U : Op::LT_I;
        if (id == BuiltinId::Min) emit(lt, c, y.reg, r);
        else emit(lt, c, r, y.reg);
        size_t j = emitJump(Op::JMP_F, c);
        emit(isRefType(t) ? Op::MOVE_REF : Op::MOVE, r, y.reg);
        patchHere(j);
      }
      return Operand{r, true, false};
    }
    default:
      unsupported(e, "builtin function");
      return Operand{tempReg(false), true, false};
  }
}

// A closure binding a receiver (captures[0]): x.M as a value, and the way
// interface methods are deferred/started.
int Compiler::methodValueThunk(const Symbol* m, const Type* recvT, const std::string& name, bool iface) {
  auto key = std::make_tuple(static_cast<const Symbol*>(m), recvT, name);
  auto it = methodValueThunks_.find(key);
  if (it != methodValueThunks_.end()) return it->second;
  const Type* sig;
  if (iface) {
    FieldOrMethod fm = lookupFieldOrMethod(recvT, name);
    sig = fm.ifaceType ? fm.ifaceType->methods[fm.ifaceIndex].sig : nullptr;
    if (!sig) {
      for (auto& mm : recvT->underlying()->methods)
        if (mm.name == name) sig = mm.sig;
    }
  } else {
    sig = m->type;
    const Type* named = recvT->kind == TypeKind::Pointer && !recvT->isNamed() ? recvT->elem : recvT;
    if (!named->typeArgs.empty()) {
      const Type* origin = named->origin ? named->origin : named;
      sig = tt_.subst(sig, origin->typeParams, named->typeArgs);
    }
  }
  if (!sig) return -1;
  const Type* su = sig->underlying();
  auto p = std::make_unique<FuncProto>();
  FuncProto* fp = p.get();
  fp->name = (m ? m->qualifiedName() : recvT->str() + "." + name) + "-fm";
  fp->isWrapper = true;
  fp->index = static_cast<int>(prog_->funcs.size());
  prog_->funcs.push_back(std::move(p));
  methodValueThunks_[key] = fp->index;
  FuncState f;
  FuncState* saved = fs;
  fs = nullptr;
  beginFunc(f, fp, nullptr);
  fp->sig = sig;
  std::vector<int> params;
  for (const Type* t : su->params) {
    params.push_back(newReg(isRefType(t)));
    fp->paramIsRef.push_back(isRefType(t));
  }
  fp->nparams = static_cast<uint16_t>(params.size());
  int cap = newReg(true);
  emit(Op::GET_CAPTURE, cap, 0);
  std::vector<const Type*> resTypes(su->results.begin(), su->results.end());
  int res = resTypes.empty() ? 0 : block(resTypes);
  std::vector<const Type*> at{recvT};
  for (const Type* t : su->params) at.push_back(t);
  int args = block(at);
  if (isValueType(recvT)) emit(Op::CLONE, args, cap);
  else if (isRefType(recvT)) emit(Op::MOVE_REF, args, cap);
  else emit(Op::CELL_GET, args, cap);
  for (size_t i = 0; i < params.size(); i++)
    emit(isRefType(su->params[i]) ? Op::MOVE_REF : Op::MOVE, args + 1 + static_cast<int>(i), params[i]);
  if (iface) {
    emit(Op::CALL_IFACE, res, methodNameIndex(name), args);
  } else {
    auto fd = funcDecls_.find(m);
    const Type* named = recvT->kind == TypeKind::Pointer && !recvT->isNamed() ? recvT->elem : recvT;
    if (fd != funcDecls_.end() && fd->second->body) emit(Op::CALL, res, funcIndexFor(m, named->typeArgs), args);
    else {
      int ni = nativeIndexFor(m);
      if (ni >= 0) emit(Op::CALL_NATIVE, res, ni, args);
    }
  }
  fp->nresults = static_cast<uint16_t>(resTypes.size());
  for (const Type* t : resTypes) fp->resultIsRef.push_back(isRefType(t));
  emit(Op::RET, res, static_cast<int>(resTypes.size()));
  endFunc();
  // the bound receiver is capture 0 (CLOSURE copies captures.size() slots)
  if (fp->captures.empty()) fp->captures.push_back(CaptureInfo{"receiver", recvT});
  fs = saved;
  return fp->index;
}

Operand Compiler::methodValue(SelectorExpr* se) {
  Symbol* m = se->method;
  const Type* recvT = nullptr;
  Operand recv = fieldBase(se->x, se->path, se->derefs, se->path.size(), &recvT);
  recvT = ty(recvT);
  bool iface = recvT->isInterface();
  // x.M with x of a type parameter: the checker saw the constraint's method;
  // after substitution it is the concrete type's own (as for calls)
  if (!iface && m && (se->methodOnInterface || m->recvBase == nullptr)) {
    FieldOrMethod fm = lookupFieldOrMethod(recvT, se->sel->name);
    if (fm.kind == FieldOrMethod::Kind::Method && fm.method && !fm.onInterface) {
      if (!fm.path.empty()) {
        unsupported(se, "method value of a promoted method through a type parameter");
        return Operand{tempReg(true), true, false};
      }
      m = fm.method;
    }
  }
  const Type* bindT = recvT;  // the receiver type the thunk calls with
  int cap = tempReg(true);
  if (!iface) {
    bool recvIsPtr = recvT->kind == TypeKind::Pointer && !recvT->isNamed();
    const Type* named = recvIsPtr ? recvT->elem : recvT;
    if (m && m->ptrRecv) {
      bindT = tt_.pointerTo(named);
      if (recvIsPtr || isValueType(named)) emit(Op::MOVE_REF, cap, recv.reg);
      else {
        Operand a = addressOf(se->x, bindT);
        emit(Op::MOVE_REF, cap, a.reg);
      }
    } else {
      bindT = named;
      if (recvIsPtr) {
        if (isValueType(named)) {
          emit(Op::NIL_CHECK, recv.reg);
          emit(Op::CLONE, cap, recv.reg);
        } else {
          int v = tempFor(named);
          emit(isRefType(named) ? Op::LOAD_PTR_REF : Op::LOAD_PTR, v, recv.reg);
          recv = Operand{v, true, false};
        }
      }
      if (!recvIsPtr || !isValueType(named)) {
        if (isValueType(named)) emit(Op::CLONE, cap, recv.reg);
        else if (isRefType(named)) emit(Op::MOVE_REF, cap, recv.reg);
        else {
          emit(Op::NEW_CELL, cap, typeIndex(named));
          emit(Op::CELL_SET, cap, recv.reg);
        }
      }
    }
  } else {
    emit(Op::NIL_CHECK, recv.reg);
    emit(Op::MOVE_REF, cap, recv.reg);
  }
  int th = methodValueThunk(iface ? nullptr : m, bindT, se->sel->name, iface);
  int r = tempReg(true);
  if (th < 0) {
    unsupported(se, "method value");
    return Operand{r, true, false};
  }
  int blk = block({tt_.basic(TypeKind::String)});
  emit(Op::MOVE_REF, blk, cap);
  emit(Op::CLOSURE, r, th, blk);
  return Operand{r, true, false};
}

void Compiler::deferOrGo(CallExpr* c, bool isGo) {
  if (!isGo && fs->rangeLoop && !deferAtRoot_) {
    // Go runs it when the function around the loop returns: DEFER_AT adds
    // it to that frame's defers (its index was taken by FRAME_TOKEN)
    FuncState* root = fs;
    while (root->rangeLoop) root = root->parent;
    if (!root->rangeDefers) {
      error(c, "internal: range-over-func defer without a frame token");
      return;
    }
    int tok = tempReg(false);
    Operand t = readVar(root->rangeDefers, c);
    emit(Op::MOVE, tok, t.reg);
    size_t start = pc();
    deferAtRoot_ = true;
    deferOrGo(c, false);
    deferAtRoot_ = false;
    auto& code = fs->proto->code;
    for (size_t i = start; i + 1 < code.size(); i++) {
      if (code[i].op != Op::DEFER) continue;
      code[i].op = Op::DEFER_AT;
      code[i + 1].b = static_cast<uint16_t>(tok);
      code[i + 1].c = static_cast<uint16_t>(root->proto->index);
    }
    return;
  }
  Op op = isGo ? Op::GO : Op::DEFER;
  if (c->callKind == CallKind::Builtin) {
    // `defer close(ch)`: call a wrapper taking the builtin's arguments,
    // evaluated now (compile_chan.cpp)
    std::vector<const Type*> at;
    int thunk = builtinThunk(c, isGo, &at);
    if (thunk < 0) {
      unsupported(c, isGo ? "go with this builtin call" : "defer of this builtin call");
      return;
    }
    int fnReg = tempReg(true);
    emit(Op::FUNC_VAL, fnReg, thunk);
    int args = at.empty() ? 0 : block(at);
    for (size_t i = 0; i < at.size(); i++) exprInto(c->args[i], args + static_cast<int>(i), at[i]);
    emit(op, 0, fnReg, args);
    emit(Op::EXTRA, static_cast<int>(at.size()));
    return;
  }
  if (c->callKind == CallKind::Conversion) {
    unsupported(c, isGo ? "go with a conversion" : "defer of a conversion");
    return;
  }
  const Type* ft = ty(c->fun->type);
  const Type* su = ft->underlying();
  Expr* fun = unparenC(c->fun);
  int fnReg;
  int args;
  int nargs;
  if (fun->kind == NodeKind::SelectorExpr && fun->as<SelectorExpr>()->selKind == SelectionKind::Method) {
    // bind the receiver now (method value), arguments now
    Operand mv = methodValue(fun->as<SelectorExpr>());
    fnReg = mv.reg;
    std::vector<const Type*> at(su->params.begin(), su->params.end());
    args = at.empty() ? 0 : block(at);
    argsInto(c, ft, args, 0);
    nargs = static_cast<int>(at.size());
  } else {
    const Symbol* fn = nullptr;
    std::vector<const Type*> targs;
    if (calleeOf(c, &fn, &targs)) fnReg = funcValue(c, fn, targs).reg;
    else fnReg = expr(c->fun).reg;
    std::vector<const Type*> at(su->params.begin(), su->params.end());
    args = at.empty() ? 0 : block(at);
    argsInto(c, ft, args, 0);
    nargs = static_cast<int>(at.size());
  }
  emit(op, 0, fnReg, args);
  emit(Op::EXTRA, nargs);
}

}  // namespace heapscope
