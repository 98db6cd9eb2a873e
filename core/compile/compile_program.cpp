// Program-level compilation: function/native/global indexing (functions are
// compiled on first reference, generic ones once per type-argument list),
// method sets for interface dispatch, the init function, and per-function
// state (registers, locals table, captures prologue, emission helpers).
#include <algorithm>
#include <cstring>

#include "compile/compiler_impl.h"

namespace heapscope {

static size_t gPeakBytes = 0;
size_t compilerPeakBytes() { return gPeakBytes; }

Compiler::Compiler(const CompileInput& in, std::vector<CompileError>& errors)
    : in_(in), errors_(errors), tt_(*in.types) {}

void Compiler::error(const Node* at, const std::string& msg) {
  CompileError e;
  if (at) { e.line = at->pos.line; e.col = at->pos.col; }
  e.message = msg;
  for (auto& x : errors_)
    if (x.line == e.line && x.message == e.message) return;
  if (errors_.size() < 10) errors_.push_back(e);
}

std::shared_ptr<Program> compileProgram(const CompileInput& in, std::vector<CompileError>& errors) {
  Compiler c(in, errors);
  auto p = c.run();
  gPeakBytes = c.peakBytes_;
  return errors.empty() ? p : nullptr;
}

std::string Compiler::funcName(const Symbol* fn, const std::vector<const Type*>& typeArgs) {
  std::string n = fn->qualifiedName();
  if (!typeArgs.empty()) n += "[...]";
  return n;
}

std::shared_ptr<Program> Compiler::run() {
  prog_ = std::make_shared<Program>();
  prog_->types = &tt_;
  prog_->fileName = in_.fileName;
  const CheckResult& cr = *in_.check;
  auto indexFile = [&](File* f) {
    for (Decl* d : f->decls)
      if (d->kind == NodeKind::FuncDecl) {
        auto* fd = d->as<FuncDecl>();
        if (fd->symbol) funcDecls_[fd->symbol] = fd;
      }
  };
  for (Package* p : cr.packages)
    for (File* f : p->files) indexFile(f);
  for (auto& f : cr.importedFiles) indexFile(f.get());
  indexFile(in_.mainFile);
  makeRuntimeErrorType();

  Package* mainPkg = cr.mainPackage;
  Symbol* mainSym = mainPkg ? mainPkg->scope.lookupLocal("main") : nullptr;
  if (!mainSym || mainSym->kind != SymbolKind::Func) {
    error(nullptr, "function main is undeclared in the main package");
    return nullptr;
  }
  prog_->mainFunc = funcIndexFor(mainSym, {});
  // init: package variables in initialization order, then init() functions
  auto initProto = std::make_unique<FuncProto>();
  initProto->name = "main.init";
  initProto->index = static_cast<int>(prog_->funcs.size());
  FuncProto* ip = initProto.get();
  prog_->funcs.push_back(std::move(initProto));
  prog_->initFunc = ip->index;
  compileInit(ip);
  while (!pending_.empty() && errors_.size() < 10) {
    Pending p = pending_.back();
    pending_.pop_back();
    auto it = funcDecls_.find(p.key.sym);
    if (it == funcDecls_.end()) {
      error(nullptr, "internal: no declaration for " + p.key.sym->qualifiedName());
      continue;
    }
    FuncDecl* d = it->second;
    if (d->body && !p.key.sym->bodyChecked) {
      // The checker skips prelude bodies it finds unreachable
      // (types/checker_reach.cpp); reaching one here is a bug in that
      // analysis. Fail the compile rather than run unannotated code.
      error(d, "internal error: " + p.key.sym->qualifiedName() + " was compiled but its body was not type-checked");
      continue;
    }
    std::vector<const Type*> params;
    const Symbol* s = p.key.sym;
    if (!p.key.args.empty()) {
      if (!s->typeParams.empty()) {
        for (Symbol* tp : s->typeParams) params.push_back(tp->type);
      } else if (s->recvBase && s->recvBase->type) {
        params = s->recvBase->type->typeParams;
      }
    }
    compileFuncDecl(d, prog_->funcs[p.index].get(), p.key.args.empty() ? nullptr : &params,
                    p.key.args.empty() ? nullptr : &p.key.args);
  }
  // FUNC_VAL, CLOSURE and CALL name a function in a 16-bit operand: more
  // would wrap around and call the wrong code
  if (prog_->funcs.size() > 0xFFFF)
    error(nullptr, "not supported yet: more than 65535 functions (function literals and instances included)");
  return prog_;
}

int Compiler::funcIndexFor(const Symbol* fn, const std::vector<const Type*>& typeArgs) {
  FuncKey key{fn, typeArgs};
  auto it = funcIndex_.find(key);
  if (it != funcIndex_.end()) return it->second;
  // f[P] calling g[[]P] calling f[...]: Go's "instantiation cycle". Stop
  // before monomorphisation makes instances without end.
  for (const Type* a : typeArgs)
    if (typeNestingDepth(a, TypeTable::kMaxInstanceDepth + 1) > TypeTable::kMaxInstanceDepth) {
      auto fd = funcDecls_.find(fn);
      if (!instantiationCycleReported_ && fd != funcDecls_.end()) error(fd->second, "instantiation cycle");
      instantiationCycleReported_ = true;
      return 0;
    }
  auto p = std::make_unique<FuncProto>();
  p->name = funcName(fn, typeArgs);
  p->index = static_cast<int>(prog_->funcs.size());
  int idx = p->index;
  prog_->funcs.push_back(std::move(p));
  funcIndex_[key] = idx;
  pending_.push_back(Pending{key, idx});
  return idx;
}

int Compiler::nativeIndexFor(const Symbol* fn) {
  auto it = nativeIndex_.find(fn);
  if (it != nativeIndex_.end()) return it->second;
  std::string qn = fn->qualifiedName();
  NativeFn f = in_.natives ? in_.natives->find(qn) : nullptr;
  if (!f) return -1;
  NativeEntry e;
  e.name = qn;
  e.fn = f;
  const Type* sig = fn->type->underlying();
  if (fn->recvBase) {
    const Type* rt = fn->recvBase->type;
    if (fn->ptrRecv) rt = tt_.pointerTo(rt);
    e.argTypes.push_back(rt);
  }
  for (const Type* t : sig->params) e.argTypes.push_back(t);
  e.nargs = static_cast<int>(e.argTypes.size());
  e.nresults = static_cast<int>(sig->results.size());
  for (const Type* t : e.argTypes) e.argIsRef.push_back(isRefType(t));
  for (const Type* t : sig->results) e.resultIsRef.push_back(isRefType(t));
  for (const Type* t : e.argTypes) {
    const Type* u = t->underlying();
    if ((u->kind == TypeKind::Slice || u->kind == TypeKind::Array || u->kind == TypeKind::Pointer) && u->elem)
      u = u->elem->underlying();
    if (u->isInterface()) e.mayCallGo = true;
  }
  int idx = static_cast<int>(prog_->natives.size());
  prog_->natives.push_back(std::move(e));
  nativeIndex_[fn] = idx;
  return idx;
}

// A FuncProto wrapping a native, so natives can be used as func values,
// deferred and started with go.
int Compiler::nativeThunkFor(const Symbol* fn) {
  auto it = nativeThunk_.find(fn);
  if (it != nativeThunk_.end()) return it->second;
  int ni = nativeIndexFor(fn);
  if (ni < 0) return -1;
  const NativeEntry& ne = prog_->natives[ni];
  auto p = std::make_unique<FuncProto>();
  p->name = ne.name;
  p->isNativeThunk = true;
  p->sig = fn->type;
  p->nparams = static_cast<uint16_t>(ne.nargs);
  p->nresults = static_cast<uint16_t>(ne.nresults);
  for (int i = 0; i < ne.nargs; i++) p->regIsRef.push_back(ne.argIsRef[i]);
  for (int i = 0; i < ne.nresults; i++) p->regIsRef.push_back(ne.resultIsRef[i]);
  p->paramIsRef = ne.argIsRef;
  p->resultIsRef = ne.resultIsRef;
  p->code.push_back(Instr{Op::CALL_NATIVE, static_cast<uint16_t>(ne.nargs), static_cast<uint16_t>(ni), 0});
  p->code.push_back(Instr{Op::RET, static_cast<uint16_t>(ne.nargs), static_cast<uint16_t>(ne.nresults), 0});
  p->nregs = static_cast<uint16_t>(p->regIsRef.size());
  for (uint16_t r = 0; r < p->nregs; r++)
    if (p->regIsRef[r]) p->refRegs.push_back(r);
  p->index = static_cast<int>(prog_->funcs.size());
  int idx = p->index;
  prog_->funcs.push_back(std::move(p));
  nativeThunk_[fn] = idx;
  return idx;
}

int Compiler::globalIndexFor(const Symbol* v) {
  auto it = globalIndex_.find(v);
  if (it != globalIndex_.end()) return it->second;
  GlobalInfo gi;
  gi.name = (v->pkg ? v->pkg->path + "." : std::string()) + v->name;
  gi.type = v->type;
  gi.inCell = v->addressTaken || v->captured;
  gi.isRef = isRefType(v->type);
  int idx = static_cast<int>(prog_->globals.size());
  prog_->globals.push_back(gi);
  globalIndex_[v] = idx;
  return idx;
}

int Compiler::methodNameIndex(const std::string& name) {
  auto it = methodNameIndex_.find(name);
  if (it != methodNameIndex_.end()) return it->second;
  int idx = static_cast<int>(prog_->methodNames.size());
  prog_->methodNames.push_back(name);
  methodNameIndex_[name] = idx;
  return idx;
}

// The dynamic type of runtime panics: a named string type whose Error
// method returns the message, so recover() gives a usable `error`.
void Compiler::makeRuntimeErrorType() {
  Type* t = tt_.newNamed("Error", nullptr, nullptr);
  t->underlyingType = tt_.basic(TypeKind::String);
  t->name = "runtime.Error";
  prog_->runtimeErrorType = t;
  auto p = std::make_unique<FuncProto>();
  p->name = "runtime.Error.Error";
  p->nparams = 1;
  p->nresults = 1;
  p->regIsRef = {1};
  p->refRegs = {0};
  p->paramIsRef = {1};
  p->resultIsRef = {1};
  p->nregs = 1;
  p->code.push_back(Instr{Op::RET, 0, 1, 0});
  p->index = static_cast<int>(prog_->funcs.size());
  prog_->methods[t]["Error"] = Program::MethodEntry{p.get(), Program::kRecvAsIs};
  prog_->funcs.push_back(std::move(p));
  // runtime.Error's marker method: r.(interface{ RuntimeError() }) holds
  auto marker = std::make_unique<FuncProto>();
  marker->name = "runtime.Error.RuntimeError";
  marker->nparams = 1;
  marker->regIsRef = {1};
  marker->refRegs = {0};
  marker->paramIsRef = {1};
  marker->nregs = 1;
  marker->code.push_back(Instr{Op::RET, 0, 0, 0});
  marker->index = static_cast<int>(prog_->funcs.size());
  prog_->methods[t]["RuntimeError"] = Program::MethodEntry{marker.get(), Program::kRecvAsIs};
  prog_->funcs.push_back(std::move(marker));
}

// Registers T's and *T's methods (declared, then promoted through embedded
// fields via small forwarding thunks) for interface dispatch.
void Compiler::ensureMethodSet(const Type* t) {
  if (!t || t->isInterface()) return;
  const Type* base = t;
  if (!t->isNamed() && t->kind == TypeKind::Pointer) base = t->elem;
  if (methodSetsDone_.count(base)) return;
  methodSetsDone_[base] = true;
  // fmt calls String()/Error() on nested values too (struct fields, elements):
  // their dynamic types need method tables as well
  {
    const Type* cu = base->underlying();
    switch (cu->kind) {
      case TypeKind::Struct:
        for (auto& f : cu->fields) ensureMethodSet(f.type);
        break;
      case TypeKind::Array: case TypeKind::Slice: case TypeKind::Chan: ensureMethodSet(cu->elem); break;
      case TypeKind::Map:
        ensureMethodSet(cu->key);
        ensureMethodSet(cu->elem);
        break;
      default: break;
    }
  }
  const Type* ptr = tt_.pointerTo(base);
  if (base->isNamed()) {
    const Type* origin = base->origin ? base->origin : base;
    for (Symbol* m : origin->declaredMethods) {
      // a prelude type's methods only under names a dynamic call can use:
      // the checker checked no others (types/checker_reach.cpp)
      if (m->pkg != in_.check->mainPackage && !in_.check->dynamicMethodNames.count(m->name)) continue;
      auto fd = funcDecls_.find(m);
      int fi;
      if (fd == funcDecls_.end() || !fd->second->body) {
        fi = nativeThunkFor(m);
        if (fi < 0) continue;
      } else {
        fi = funcIndexFor(m, base->typeArgs);
      }
      const FuncProto* fp = prog_->funcs[fi].get();
      bool val = isValueType(base);
      const Type* msig = m->type;
      if (!base->typeArgs.empty()) msig = tt_.subst(msig, origin->typeParams, base->typeArgs);
      if (!m->ptrRecv) {
        prog_->methods[base][m->name] = Program::MethodEntry{fp, val ? Program::kRecvClone : Program::kRecvAsIs, msig};
        prog_->methods[ptr][m->name] = Program::MethodEntry{
            fp, static_cast<uint8_t>(val ? Program::kRecvClone : Program::kRecvDeref), msig};
      } else {
        prog_->methods[ptr][m->name] = Program::MethodEntry{fp, Program::kRecvAsIs, msig};
      }
    }
  }
  // promoted methods: for each embedded field, the names of its method set
  const Type* u = base->underlying();
  if (u->kind != TypeKind::Struct) return;
  std::vector<std::string> names;
  for (auto& f : u->fields) {
    if (!f.embedded) continue;
    const Type* ft = f.type;
    const Type* fb = ft->kind == TypeKind::Pointer && !ft->isNamed() ? ft->elem : ft;
    if (fb->isInterface()) {
      for (auto& m : fb->underlying()->methods) names.push_back(m.name);
    } else {
      ensureMethodSet(fb);
      auto it = prog_->methods.find(tt_.pointerTo(fb));
      if (it != prog_->methods.end())
        for (auto& [n, e] : it->second) names.push_back(n);
    }
  }
  for (auto& n : names) {
    for (const Type* recvT : {base, ptr}) {
      auto& tab = prog_->methods[recvT];
      if (tab.count(n)) continue;
      FieldOrMethod fm = lookupFieldOrMethod(recvT, n);
      if (fm.kind != FieldOrMethod::Kind::Method) continue;
      if (recvT == base && fm.method && fm.method->ptrRecv && !fm.indirect) {
        // *T's method set only (pointer receiver reached through a value)
        bool viaPtr = false;
        for (bool d : fm.derefs) viaPtr = viaPtr || d;
        if (!viaPtr) continue;
      }
      int thunk = boundMethodThunk(fm.method, recvT, fm.onInterface, n);
      if (thunk < 0) continue;
      tab[n] = Program::MethodEntry{prog_->funcs[thunk].get(), Program::kRecvAsIs, prog_->funcs[thunk]->sig};
    }
  }
}

// Forwarding thunk for a promoted method: takes the outer receiver first,
// walks the embedding path, calls the real method. Compiled like a tiny
// function (no AST): param 0 = receiver, params 1.. = the method's params.
int Compiler::boundMethodThunk(const Symbol* method, const Type* recvType, bool ifaceCall, const std::string& name) {
  auto key = std::make_pair(method ? method : reinterpret_cast<const Symbol*>(recvType), recvType);
  (void)ifaceCall;
  FieldOrMethod fm = lookupFieldOrMethod(recvType, name);
  if (fm.kind != FieldOrMethod::Kind::Method) return -1;
  auto bt = boundThunks_.find(key);
  if (bt != boundThunks_.end() && method) return bt->second;
  const Type* sig = nullptr;
  if (fm.onInterface) sig = fm.ifaceType->methods[fm.ifaceIndex].sig;
  else sig = method->type;
  if (fm.recvNamed && !fm.recvNamed->typeArgs.empty() && method) {
    const Type* origin = fm.recvNamed->origin ? fm.recvNamed->origin : fm.recvNamed;
    sig = tt_.subst(sig, origin->typeParams, fm.recvNamed->typeArgs);
  }
  const Type* su = sig->underlying();
  auto p = std::make_unique<FuncProto>();
  p->name = recvType->str() + "." + name;
  p->isWrapper = true;
  p->index = static_cast<int>(prog_->funcs.size());
  FuncProto* fp = p.get();
  prog_->funcs.push_back(std::move(p));
  boundThunks_[key] = fp->index;
  FuncState f;
  FuncState* saved = fs;
  fs = nullptr;
  beginFunc(f, fp, nullptr);
  fp->sig = sig;
  int recv = newReg(isRefType(recvType));
  std::vector<int> params;
  for (const Type* t : su->params) params.push_back(newReg(isRefType(t)));
  fp->nparams = static_cast<uint16_t>(1 + params.size());
  fp->paramIsRef.push_back(isRefType(recvType));
  for (const Type* t : su->params) fp->paramIsRef.push_back(isRefType(t));
  // walk the path
  int cur = recv;
  const Type* curT = recvType;
  for (size_t i = 0; i < fm.path.size(); i++) {
    const Type* st = curT->underlying();
    if (st->kind == TypeKind::Pointer) st = st->elem->underlying();
    const Type* ft = st->fields[fm.path[i]].type;
    int r = newReg(isRefType(ft));
    emit(isRefType(ft) ? Op::FIELD_GET_REF : Op::FIELD_GET, r, cur, fm.path[i]);
    cur = r;
    curT = ft;
  }
  std::vector<const Type*> argTypes;
  std::vector<const Type*> resTypes(su->results.begin(), su->results.end());
  int res = block(resTypes);
  if (fm.onInterface) {
    std::vector<const Type*> at{curT};
    for (const Type* t : su->params) at.push_back(t);
    int args = block(at);
    emit(Op::MOVE_REF, args, cur);
    for (size_t i = 0; i < params.size(); i++)
      emit(isRefType(su->params[i]) ? Op::MOVE_REF : Op::MOVE, args + 1 + static_cast<int>(i), params[i]);
    emit(Op::CALL_IFACE, res, methodNameIndex(name), args);
  } else {
    const Type* mrecv = method->recvBase ? method->recvBase->type : curT;
    if (fm.recvNamed) mrecv = fm.recvNamed;
    if (method->ptrRecv) mrecv = tt_.pointerTo(mrecv);
    std::vector<const Type*> at{mrecv};
    for (const Type* t : su->params) at.push_back(t);
    int args = block(at);
    // receiver adaptation: value method on pointer -> deref (clone values)
    bool curIsPtr = curT->underlying()->kind == TypeKind::Pointer;
    if (!method->ptrRecv) {
      if (isValueType(mrecv)) emit(Op::CLONE, args, cur);
      else if (curIsPtr) emit(isRefType(mrecv) ? Op::LOAD_PTR_REF : Op::LOAD_PTR, args, cur);
      else emit(isRefType(mrecv) ? Op::MOVE_REF : Op::MOVE, args, cur);
    } else {
      emit(Op::MOVE_REF, args, cur);
    }
    for (size_t i = 0; i < params.size(); i++)
      emit(isRefType(su->params[i]) ? Op::MOVE_REF : Op::MOVE, args + 1 + static_cast<int>(i), params[i]);
    auto fd = funcDecls_.find(method);
    if (fd != funcDecls_.end() && fd->second->body) {
      int fi = funcIndexFor(method, fm.recvNamed ? fm.recvNamed->typeArgs : std::vector<const Type*>{});
      emit(Op::CALL, res, fi, args);
    } else {
      int ni = nativeIndexFor(method);
      if (ni < 0) { fs = saved; return -1; }
      emit(Op::CALL_NATIVE, res, ni, args);
    }
  }
  fp->nresults = static_cast<uint16_t>(resTypes.size());
  for (const Type* t : resTypes) fp->resultIsRef.push_back(isRefType(t));
  emit(Op::RET, res, static_cast<int>(resTypes.size()));
  endFunc();
  fs = saved;
  return fp->index;
}

void Compiler::compileInit(FuncProto* p) {
  FuncState f;
  beginFunc(f, p, nullptr);
  p->sig = tt_.funcOf({}, {}, false);
  std::unordered_map<const Node*, bool> done;
  for (Package* pkg : in_.check->packages) {
    for (Symbol* v : pkg->initOrder) {
      ValueSpec* vs = v->decl && v->decl->kind == NodeKind::ValueSpec ? v->decl->as<ValueSpec>() : nullptr;
      int gi = globalIndexFor(v);
      (void)gi;
      if (!vs || done[vs]) continue;
      done[vs] = true;
      // make sure every name of the spec has a global
      for (Ident* n : vs->names)
        if (n->symbol) globalIndexFor(n->symbol);
      if (vs->values.empty()) continue;
      // Only the program's own file has lines in this table: initialisers of
      // the standard library's preludes run at "no line" (allocation site
      // "(runtime)", no breakpoint stop) instead of a line of another file.
      if (pkg == in_.check->mainPackage) setLine(vs->pos.line);
      else setNoLine();
      if (vs->values.size() == vs->names.size()) {
        for (size_t i = 0; i < vs->names.size(); i++) {
          Operand o = expr(vs->values[i]);
          Symbol* s = vs->names[i]->symbol;
          if (s && vs->names[i]->name != "_") storeVar(s, o, ty(vs->values[i]->type), false);
          freeStmtTemps();
        }
      } else if (vs->values.size() == 1 && vs->values[0]->kind == NodeKind::CallExpr) {
        int n = 0;
        int res = call(vs->values[0]->as<CallExpr>(), &n);
        const Type* tt = vs->values[0]->type;
        for (size_t i = 0; i < vs->names.size() && res >= 0; i++) {
          Symbol* s = vs->names[i]->symbol;
          const Type* et = tt && tt->kind == TypeKind::Tuple ? tt->elems[i] : tt;
          if (s && vs->names[i]->name != "_") storeVar(s, Operand{res + static_cast<int>(i), true, true}, et, false);
        }
        freeStmtTemps();
      } else {
        // v, ok = m[k] / x.(T)
        unsupported(vs, "this form of package variable initialization");
      }
    }
  }
  // init() functions of every package, in order
  for (Package* pkg : in_.check->packages) {
    for (File* file : pkg->files) {
      for (Decl* d : file->decls) {
        if (d->kind != NodeKind::FuncDecl) continue;
        auto* fd = d->as<FuncDecl>();
        if (fd->recv || fd->name->name != "init" || !fd->symbol || !fd->body) continue;
        int fi = funcIndexFor(fd->symbol, {});
        emit(Op::CALL, 0, fi, 0);
      }
    }
  }
  emit(Op::RET, 0, 0);
  endFunc();
}

// ------------------------------------------------------------------ functions

void Compiler::beginFunc(FuncState& f, FuncProto* p, Node* node) {
  f.parent = fs;
  f.proto = p;
  f.node = node;
  fs = &f;
  account(static_cast<ptrdiff_t>(sizeof(FuncState)));
}

void Compiler::endFunc() {
  FuncProto* p = fs->proto;
  for (size_t i : fs->openLocals) p->locals[i].endPc = static_cast<uint32_t>(p->code.size());
  fs->openLocals.clear();
  // prologue: load captured cells into their registers
  size_t k = fs->captureRegs.size();
  if (k) {
    std::vector<Instr> pro;
    for (size_t i = 0; i < k; i++) {
      bool byValue = capturedScalarByValue(fs->captureSyms[i]);  // references: GET_CAPTURE gives the object
      if (byValue) p->captureByValue.resize(k, 0), p->captureByValue[i] = 1;
      pro.push_back(Instr{byValue ? Op::GET_CAPTURE_VAL : Op::GET_CAPTURE, static_cast<uint16_t>(fs->captureRegs[i]),
                          static_cast<uint16_t>(i), 0});
    }
    p->code.insert(p->code.begin(), pro.begin(), pro.end());
    for (auto& l : p->lines) if (l.pc) l.pc += static_cast<uint32_t>(k);
    for (auto& lv : p->locals) {
      if (lv.startPc) lv.startPc += static_cast<uint32_t>(k);
      lv.endPc += static_cast<uint32_t>(k);
    }
    if (p->recoverPc) p->recoverPc += static_cast<uint32_t>(k);
    litCaptureSyms_[p->index] = fs->captureSyms;
    for (size_t i = 0; i < k; i++) {
      CaptureInfo ci;
      ci.name = fs->captureSyms[i]->name;
      ci.type = fs->captureSyms[i]->type;
      p->captures.push_back(ci);
    }
  }
  p->nregs = static_cast<uint16_t>(p->regIsRef.size());
  p->refRegs.clear();
  for (uint16_t r = 0; r < p->nregs; r++)
    if (p->regIsRef[r]) p->refRegs.push_back(r);
  account(static_cast<ptrdiff_t>(p->code.size() * sizeof(Instr) + p->locals.size() * sizeof(LocalVarInfo)));
  account(-static_cast<ptrdiff_t>(sizeof(FuncState)));
  fs = fs->parent;
}

int Compiler::newReg(bool isRef) {
  FuncProto* p = fs->proto;
  if (p->regIsRef.size() >= 65000) {
    error(fs->node, "function too large (too many registers)");
    return 0;
  }
  p->regIsRef.push_back(isRef ? 1 : 0);
  account(1);
  return static_cast<int>(p->regIsRef.size() - 1);
}

int Compiler::tempReg(bool isRef) {
  auto& fl = isRef ? fs->freeRef : fs->freeScalar;
  int r;
  if (!fl.empty()) {
    r = fl.back();
    fl.pop_back();
  } else {
    r = newReg(isRef);
  }
  fs->stmtTemps.push_back(r);
  return r;
}

int Compiler::block(const std::vector<const Type*>& types) {
  std::string sig;
  for (const Type* t : types) sig += isRefType(t) ? 'r' : 's';
  if (sig.empty()) sig = "s";
  auto& fl = fs->freeBlocks[sig];
  int base;
  if (!fl.empty()) {
    base = fl.back();
    fl.pop_back();
  } else {
    base = static_cast<int>(fs->proto->regIsRef.size());
    for (char c : sig) newReg(c == 'r');
  }
  fs->stmtBlocks.emplace_back(sig, base);
  for (size_t k = 0; k < sig.size(); k++)
    if (static_cast<size_t>(base) + k < fs->nilAfterCall.size()) fs->nilAfterCall[base + k] = 0;
  return base;
}

void Compiler::markArgsNil(int base, size_t n) {
  if (fs->nilAfterCall.size() < static_cast<size_t>(base) + n) fs->nilAfterCall.resize(static_cast<size_t>(base) + n, 0);
  for (size_t k = 0; k < n; k++) fs->nilAfterCall[static_cast<size_t>(base) + k] = 1;
}

bool Compiler::takeNilAfterCall(int reg) {
  if (static_cast<size_t>(reg) >= fs->nilAfterCall.size() || !fs->nilAfterCall[reg]) return false;
  fs->nilAfterCall[reg] = 0;
  return true;
}

void Compiler::freeStmtTemps() {
  // (the statement-level mark is handled in stmt(); this frees everything
  // recorded since the last mark)
  for (int r : fs->stmtTemps) {
    if (fs->proto->regIsRef[r]) {
      emit(Op::CLEAR_REF, r);
      fs->freeRef.push_back(r);
    } else {
      fs->freeScalar.push_back(r);
    }
  }
  fs->stmtTemps.clear();
  for (auto& [sig, base] : fs->stmtBlocks) {
    for (size_t i = 0; i < sig.size(); i++)
      if (sig[i] == 'r' && !takeNilAfterCall(base + static_cast<int>(i))) emit(Op::CLEAR_REF, base + static_cast<int>(i));
    fs->freeBlocks[sig].push_back(base);
  }
  fs->stmtBlocks.clear();
}

void Compiler::declareLocal(const Symbol* s, int reg, bool inCell, const Type* t) {
  VarLoc loc;
  loc.kind = inCell ? VarLoc::Cell : VarLoc::Reg;
  loc.idx = reg;
  loc.type = t;
  fs->vars[s] = loc;
  LocalVarInfo lv;
  lv.name = s->name;
  lv.type = t;
  lv.reg = static_cast<uint16_t>(reg);
  lv.inCell = inCell;
  lv.startPc = static_cast<uint32_t>(pc());
  fs->openLocals.push_back(fs->proto->locals.size());
  fs->proto->locals.push_back(lv);
}

void Compiler::openScope() { fs->scopeMarks.push_back(fs->openLocals.size()); }

void Compiler::closeScope() {
  size_t mark = fs->scopeMarks.back();
  fs->scopeMarks.pop_back();
  for (size_t i = mark; i < fs->openLocals.size(); i++)
    fs->proto->locals[fs->openLocals[i]].endPc = static_cast<uint32_t>(pc());
  // A variable's references die with its scope, as under Go's liveness: a
  // block's last value must not stay reachable from a dead register until
  // the register is reused (lambda_leak's live heap crept by the previous
  // round's runtime.MemStats; the heap graph showed it as live).
  for (size_t i = mark; i < fs->openLocals.size(); i++) {
    uint16_t r = fs->proto->locals[fs->openLocals[i]].reg;
    if (r < fs->proto->regIsRef.size() && fs->proto->regIsRef[r]) emit(Op::CLEAR_REF, r);
  }
  fs->openLocals.resize(mark);
}

int Compiler::declareVar(const Symbol* s, const Type* t) {
  bool inCell = needsCell(s);
  int reg;
  if (inCell) {
    reg = newReg(true);
    emit(Op::NEW_CELL, reg, typeIndex(t));
  } else {
    reg = newReg(isRefType(t));
    if (isValueType(t)) emit(Op::ZERO_VAL, reg, typeIndex(t));
    else if (isRefType(t)) emit(Op::CLEAR_REF, reg);
    else emit(Op::LOADI, reg, 0, 0);
  }
  declareLocal(s, reg, inCell, t);
  return reg;
}

// Go's compiler does the same: a variable nobody assigns after its
// declaration cannot be told apart from a copy, so each closure gets one and
// no CellObj is allocated (closures benchmark: half the objects and memory).
// Scalars are copied into ClosureObj::valueSlots(); references (strings,
// slices, maps, pointers, funcs, interfaces: immutable headers or shared
// objects) are held directly in captures[i], so the heap graph shows
// closure -> object under the variable's name. Struct and array values keep
// the shared cell (they are owned, mutable objects).
bool Compiler::capturedByValue(const Symbol* s) {
  return s->captured && !s->reassigned && !s->addressTaken && !s->isResult && !s->isGlobal &&
         s->ownerFunc && s->type && ty(s->type)->slotKind() != SlotKind::Value;
}

bool Compiler::capturedScalarByValue(const Symbol* s) {
  return capturedByValue(s) && ty(s->type)->slotKind() == SlotKind::Scalar;
}

bool Compiler::needsCell(const Symbol* s) { return s->addressTaken || (s->captured && !capturedByValue(s)); }

int Compiler::captureIndexFor(FuncState* f, const Symbol* s) {
  for (size_t i = 0; i < f->captureSyms.size(); i++)
    if (f->captureSyms[i] == s) return f->captureRegs[i];
  bool byValue = capturedByValue(s);
  FuncState* saved = fs;
  fs = f;
  int r = newReg(!capturedScalarByValue(s));
  fs = saved;
  f->captureSyms.push_back(s);
  f->captureRegs.push_back(r);
  VarLoc loc;
  loc.kind = byValue ? VarLoc::Reg : VarLoc::Cell;
  loc.idx = r;
  loc.type = s->type;
  f->vars[s] = loc;
  return r;
}

VarLoc* Compiler::lookupVar(const Symbol* s) {
  auto it = fs->vars.find(s);
  if (it != fs->vars.end()) return &it->second;
  if (s->isGlobal || !s->ownerFunc) {
    VarLoc loc;
    loc.idx = globalIndexFor(s);
    loc.kind = prog_->globals[loc.idx].inCell ? VarLoc::GlobalCell : VarLoc::Global;
    loc.type = s->type;
    fs->vars[s] = loc;
    return &fs->vars[s];
  }
  if (fs->node && (fs->node->kind == NodeKind::FuncLit || fs->rangeLoop)) {
    captureIndexFor(fs, s);
    auto& l = fs->vars[s];
    l.type = ty(s->type);
    return &l;
  }
  return nullptr;
}

// ------------------------------------------------------------------ emission

size_t Compiler::emit(Op op, int a, int b, int c) {
  fs->proto->code.push_back(Instr{op, static_cast<uint16_t>(a), static_cast<uint16_t>(b), static_cast<uint16_t>(c)});
  return fs->proto->code.size() - 1;
}

size_t Compiler::emitJump(Op op, int a) { return emit(op, a, 0, 0); }

void Compiler::patchJump(size_t at, size_t target) {
  lastPatchTarget_ = target;
  int32_t off = static_cast<int32_t>(static_cast<int64_t>(target) - static_cast<int64_t>(at) - 1);
  Instr& in = fs->proto->code[at];
  in.b = static_cast<uint16_t>(static_cast<uint32_t>(off) & 0xFFFF);
  in.c = static_cast<uint16_t>(static_cast<uint32_t>(off) >> 16);
}

void Compiler::emitJumpTo(Op op, int a, size_t target) {
  size_t at = emitJump(op, a);
  patchJump(at, target);
}

void Compiler::setNoLine() {
  if (fs->lastLine <= 0) return;  // never set (lineAt falls back to the declaration line) or already 0
  fs->lastLine = 0;
  auto& lines = fs->proto->lines;
  uint32_t p = static_cast<uint32_t>(pc());
  if (!lines.empty() && lines.back().pc == p) lines.back().line = 0;
  else lines.push_back(LineEntry{p, 0});
}

void Compiler::setLine(int line) {
  if (line <= 0 || line == fs->lastLine) return;
  fs->lastLine = line;
  auto& lines = fs->proto->lines;
  uint32_t p = static_cast<uint32_t>(pc());
  if (!lines.empty() && lines.back().pc == p) lines.back().line = line;
  else lines.push_back(LineEntry{p, line});
}

int Compiler::typeIndex(const Type* t) {
  auto it = fs->typeIdx.find(t);
  if (it != fs->typeIdx.end()) return it->second;
  int i = static_cast<int>(fs->proto->types.size());
  fs->proto->types.push_back(t);
  fs->typeIdx[t] = i;
  return i;
}

int Compiler::constIndex(Slot v) {
  auto it = fs->constIdx.find(v.u);
  if (it != fs->constIdx.end()) return it->second;
  int i = static_cast<int>(fs->proto->consts.size());
  fs->proto->consts.push_back(v);
  fs->constIdx[v.u] = i;
  return i;
}

int Compiler::stringConst(const std::string& s) {
  auto it = fs->strIdx.find(s);
  if (it != fs->strIdx.end()) return it->second;
  int i = static_cast<int>(fs->proto->consts.size());
  fs->proto->consts.push_back(slotNil());
  fs->proto->strConsts.emplace_back(static_cast<uint32_t>(i), s);
  fs->strIdx[s] = i;
  return i;
}

const Type* Compiler::ty(const Type* t) {
  if (!t) return t;
  for (FuncState* f = fs; f; f = f->parent)
    if (f->typeParams && f->typeArgs) return tt_.subst(t, *f->typeParams, *f->typeArgs);
  return t;
}

void Compiler::wrapInt(int reg, const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Int8: emit(Op::SEXT8, reg, reg); break;
    case TypeKind::Int16: emit(Op::SEXT16, reg, reg); break;
    case TypeKind::Int32: emit(Op::SEXT32, reg, reg); break;
    case TypeKind::Uint8: emit(Op::ZEXT8, reg, reg); break;
    case TypeKind::Uint16: emit(Op::ZEXT16, reg, reg); break;
    case TypeKind::Uint32: emit(Op::ZEXT32, reg, reg); break;
    case TypeKind::Float32: emit(Op::ROUND_F32, reg, reg); break;
    default: break;
  }
}

}  // namespace heapscope
