// Statements and function bodies: parameters/results, assignment (with
// Go's evaluate-all-then-assign order), declarations, control flow (if, for
// with per-iteration loop variables, range, switch, type switch, labels,
// goto, fallthrough), return with defers, defer and go.
#include "compile/compiler_impl.h"

namespace heapscope {

static Expr* unparenS(Expr* e) {
  while (e && e->kind == NodeKind::ParenExpr) e = e->as<ParenExpr>()->x;
  return e;
}

// ------------------------------------------------------------------ functions

static bool containsDefer(const std::vector<Stmt*>& list, int depth);
static bool stmtHasDefer(Stmt* s, int depth) {
  if (!s || depth > 2000) return false;
  switch (s->kind) {
    case NodeKind::DeferStmt: return true;
    case NodeKind::BlockStmt: return containsDefer(s->as<BlockStmt>()->list, depth + 1);
    case NodeKind::IfStmt: {
      auto* i = s->as<IfStmt>();
      return stmtHasDefer(i->body, depth + 1) || stmtHasDefer(i->els, depth + 1);
    }
    case NodeKind::ForStmt: return stmtHasDefer(s->as<ForStmt>()->body, depth + 1);
    case NodeKind::RangeStmt: return stmtHasDefer(s->as<RangeStmt>()->body, depth + 1);
    case NodeKind::SwitchStmt: return stmtHasDefer(s->as<SwitchStmt>()->body, depth + 1);
    case NodeKind::TypeSwitchStmt: return stmtHasDefer(s->as<TypeSwitchStmt>()->body, depth + 1);
    case NodeKind::SelectStmt: return stmtHasDefer(s->as<SelectStmt>()->body, depth + 1);
    case NodeKind::CaseClause: return containsDefer(s->as<CaseClause>()->body, depth + 1);
    case NodeKind::CommClause: return containsDefer(s->as<CommClause>()->body, depth + 1);
    case NodeKind::LabeledStmt: return stmtHasDefer(s->as<LabeledStmt>()->stmt, depth + 1);
    default: return false;
  }
}
static bool containsDefer(const std::vector<Stmt*>& list, int depth) {
  for (Stmt* s : list)
    if (stmtHasDefer(s, depth)) return true;
  return false;
}

void Compiler::compileFuncDecl(FuncDecl* d, FuncProto* p, const std::vector<const Type*>* params,
                               const std::vector<const Type*>* args) {
  FuncState f;
  f.typeParams = params;
  f.typeArgs = args;
  beginFunc(f, p, d);
  const Type* sig = ty(d->symbol->type);
  p->sig = sig;
  p->line = d->pos.line;
  setLine(d->pos.line);
  setupParams(d->type, d->recv, sig);
  if (d->body) {
    blockStmts(d->body->list);
    setLine(d->body->rbrace.line);
  }
  emitEpilogue();
  endFunc();
}

void Compiler::setupParams(FuncType* sigAst, FieldList* recv, const Type* fnType) {
  const Type* su = fnType->underlying();
  FuncProto* p = fs->proto;
  struct P { const Symbol* sym; const Type* type; };
  std::vector<P> ps;
  if (recv && !recv->list.empty()) {
    Field* rf = recv->list[0];
    const Symbol* s = rf->names.empty() ? nullptr : rf->names[0]->symbol;
    const Type* rt = s ? s->type : rf->typeExpr->type;
    ps.push_back(P{s, ty(rt)});
  }
  size_t pi = 0;
  if (sigAst && sigAst->params) {
    for (Field* fld : sigAst->params->list) {
      if (fld->names.empty()) {
        if (pi < su->params.size()) ps.push_back(P{nullptr, su->params[pi]});
        pi++;
      } else {
        for (Ident* n : fld->names) {
          if (pi < su->params.size()) ps.push_back(P{n->symbol, su->params[pi]});
          pi++;
        }
      }
    }
  }
  std::vector<int> regs;
  for (auto& x : ps) {
    regs.push_back(newReg(isRefType(x.type)));
    p->paramIsRef.push_back(isRefType(x.type));
  }
  p->nparams = static_cast<uint16_t>(ps.size());
  for (size_t i = 0; i < ps.size(); i++) {
    const Symbol* s = ps[i].sym;
    if (!s || s->name == "_") continue;
    const Type* t = ps[i].type;
    if (needsCell(s)) {
      int c = newReg(true);
      emit(Op::NEW_CELL, c, typeIndex(t));
      if (isValueType(t) || isRefType(t)) emit(Op::CELL_SET_REF, c, regs[i]);
      else emit(Op::CELL_SET, c, regs[i]);
      declareLocal(s, c, true, t);
    } else {
      declareLocal(s, regs[i], false, t);
    }
  }
  // results
  fs->resultTypes.assign(su->results.begin(), su->results.end());
  p->nresults = static_cast<uint16_t>(su->results.size());
  for (const Type* t : su->results) p->resultIsRef.push_back(isRefType(t));
  Node* body = fs->node;
  BlockStmt* b = nullptr;
  if (body && body->kind == NodeKind::FuncDecl) b = body->as<FuncDecl>()->body;
  else if (body && body->kind == NodeKind::FuncLit) b = body->as<FuncLit>()->body;
  fs->hasDefer = b && containsDefer(b->list, 0);
  std::vector<const Symbol*> named;
  if (sigAst && sigAst->results) {
    for (Field* fld : sigAst->results->list)
      for (Ident* n : fld->names) named.push_back(n->symbol);
  }
  fs->namedResults = !named.empty();
  if (fs->namedResults || fs->hasDefer) {
    for (size_t i = 0; i < su->results.size(); i++) {
      const Type* t = su->results[i];
      const Symbol* s = i < named.size() ? named[i] : nullptr;
      if (s && s->name != "_") {
        int r = declareVar(s, t);
        fs->resultRegs.push_back(r);
        fs->resultInCell.push_back(needsCell(s));
      } else {
        int r = newReg(isRefType(t));
        if (isValueType(t)) emit(Op::ZERO_VAL, r, typeIndex(t));
        fs->resultRegs.push_back(r);
        fs->resultInCell.push_back(false);
      }
    }
  }
}

void Compiler::emitEpilogue() {
  FuncProto* p = fs->proto;
  size_t here = pc();
  for (size_t j : fs->returnJumps) patchJump(j, here);
  fs->returnJumps.clear();
  p->recoverPc = static_cast<uint32_t>(here);
  if (fs->hasDefer) emit(Op::RUN_DEFERS);
  size_t n = fs->resultTypes.size();
  if (n == 0) {
    emit(Op::RET, 0, 0);
    return;
  }
  if (fs->resultRegs.empty()) {
    // falling off the end of a function with results: unreachable after checking
    emit(Op::RET, 0, 0);
    return;
  }
  int blk = block(fs->resultTypes);
  for (size_t i = 0; i < n; i++) {
    const Type* t = fs->resultTypes[i];
    int dst = blk + static_cast<int>(i);
    if (fs->resultInCell[i]) {
      emit(isRefType(t) ? Op::CELL_GET_REF : Op::CELL_GET, dst, fs->resultRegs[i]);
      if (isValueType(t)) emit(Op::CLONE, dst, dst);
    } else if (isValueType(t)) {
      emit(Op::CLONE, dst, fs->resultRegs[i]);
    } else {
      emit(isRefType(t) ? Op::MOVE_REF : Op::MOVE, dst, fs->resultRegs[i]);
    }
  }
  emit(Op::RET, blk, static_cast<int>(n));
}

void Compiler::returnStmt(ReturnStmt* s) {
  if (fs->rangeLoop) {
    rangeBodyReturn(s);
    return;
  }
  bool viaVars = fs->hasDefer || fs->namedResults;
  if (s->results.empty()) {
    if (viaVars) fs->returnJumps.push_back(emitJump(Op::JMP));
    else emit(Op::RET, 0, 0);
    return;
  }
  returnFromBlock(returnValues(s, fs->resultTypes));
}

int Compiler::returnValues(ReturnStmt* s, const std::vector<const Type*>& types) {
  size_t n = types.size();
  int blk = block(types);
  if (s->results.size() == 1 && n > 1) {
    int k = 0;
    int res = call(unparenS(s->results[0])->as<CallExpr>(), &k);
    const Type* tt = ty(s->results[0]->type);
    for (size_t i = 0; i < n; i++)
      moveInto(blk + static_cast<int>(i), Operand{res + static_cast<int>(i), true, true},
               tt && tt->kind == TypeKind::Tuple ? tt->elems[i] : types[i], types[i]);
  } else {
    for (size_t i = 0; i < n && i < s->results.size(); i++)
      exprInto(s->results[i], blk + static_cast<int>(i), types[i]);
  }
  return blk;
}

void Compiler::returnFromBlock(int blk) {
  size_t n = fs->resultTypes.size();
  bool viaVars = fs->hasDefer || fs->namedResults;
  if (!viaVars) {
    emit(Op::RET, blk, static_cast<int>(n));
    return;
  }
  for (size_t i = 0; i < n; i++) {
    const Type* t = fs->resultTypes[i];
    int src = blk + static_cast<int>(i);
    int dst = fs->resultRegs[i];
    if (fs->resultInCell[i]) {
      if (isValueType(t)) {
        int o = tempReg(true);
        emit(Op::CELL_GET_REF, o, dst);
        emit(Op::COPY_INTO, o, src);
      } else {
        emit(isRefType(t) ? Op::CELL_SET_REF : Op::CELL_SET, dst, src);
      }
    } else if (isValueType(t)) {
      emit(Op::COPY_INTO, dst, src);
    } else {
      emit(isRefType(t) ? Op::MOVE_REF : Op::MOVE, dst, src);
    }
  }
  fs->returnJumps.push_back(emitJump(Op::JMP));
}

// ------------------------------------------------------------------ statements

void Compiler::blockStmts(const std::vector<Stmt*>& list) {
  for (Stmt* s : list) stmt(s);
}

void Compiler::stmt(Stmt* s) {
  if (!s || errors_.size() >= 10) return;
  setLine(s->pos.line);
  size_t tmark = fs->stmtTemps.size(), bmark = fs->stmtBlocks.size();
  switch (s->kind) {
    case NodeKind::ExprStmt: {
      Expr* x = unparenS(s->as<ExprStmt>()->x);
      if (x->kind == NodeKind::CallExpr) {
        int n = 0;
        call(x->as<CallExpr>(), &n);
      } else {
        expr(x);
      }
      break;
    }
    case NodeKind::AssignStmt: assign(s->as<AssignStmt>()); break;
    case NodeKind::IncDecStmt: incDec(s->as<IncDecStmt>()); break;
    case NodeKind::DeclStmt: {
      Decl* d = s->as<DeclStmt>()->decl;
      if (d->kind == NodeKind::GenDecl && d->as<GenDecl>()->tok == Token::Kind::Var)
        for (Spec* sp : d->as<GenDecl>()->specs) varDecl(sp->as<ValueSpec>());
      break;
    }
    case NodeKind::BlockStmt:
      openScope();
      blockStmts(s->as<BlockStmt>()->list);
      closeScope();
      break;
    case NodeKind::IfStmt: ifStmt(s->as<IfStmt>()); break;
    case NodeKind::ForStmt: forStmt(s->as<ForStmt>(), nullptr); break;
    case NodeKind::RangeStmt: rangeStmt(s->as<RangeStmt>()); break;
    case NodeKind::SwitchStmt: switchStmt(s->as<SwitchStmt>()); break;
    case NodeKind::TypeSwitchStmt: typeSwitchStmt(s->as<TypeSwitchStmt>()); break;
    case NodeKind::ReturnStmt: returnStmt(s->as<ReturnStmt>()); break;
    case NodeKind::BranchStmt: branchStmt(s->as<BranchStmt>()); break;
    case NodeKind::LabeledStmt: {
      auto* ls = s->as<LabeledStmt>();
      fs->labelPc[ls] = static_cast<int>(pc());
      for (auto it = fs->gotoFixups.begin(); it != fs->gotoFixups.end();) {
        if (it->second == ls) {
          patchJump(it->first, pc());
          it = fs->gotoFixups.erase(it);
        } else {
          ++it;
        }
      }
      stmt(ls->stmt);
      break;
    }
    case NodeKind::DeferStmt: deferOrGo(s->as<DeferStmt>()->call, false); break;
    case NodeKind::GoStmt: deferOrGo(s->as<GoStmt>()->call, true); break;
    case NodeKind::EmptyStmt: break;
    case NodeKind::SendStmt: sendStmt(s->as<SendStmt>()); break;
    case NodeKind::SelectStmt: selectStmt(s->as<SelectStmt>()); break;
    default: unsupported(s, "this statement"); break;
  }
  // release this statement's temporaries (ref ones are cleared so they do
  // not keep objects alive)
  for (size_t i = tmark; i < fs->stmtTemps.size(); i++) {
    int r = fs->stmtTemps[i];
    if (fs->proto->regIsRef[r]) {
      emit(Op::CLEAR_REF, r);
      fs->freeRef.push_back(r);
    } else {
      fs->freeScalar.push_back(r);
    }
  }
  fs->stmtTemps.resize(tmark);
  for (size_t i = bmark; i < fs->stmtBlocks.size(); i++) {
    auto& [sig, base] = fs->stmtBlocks[i];
    for (size_t k = 0; k < sig.size(); k++)
      if (sig[k] == 'r' && !takeNilAfterCall(base + static_cast<int>(k))) emit(Op::CLEAR_REF, base + static_cast<int>(k));
    fs->freeBlocks[sig].push_back(base);
  }
  fs->stmtBlocks.resize(bmark);
}

// Stores v into variable s (declare: a new variable of this statement).
void Compiler::storeVar(const Symbol* s, Operand v, const Type* vType, bool declare) {
  const Type* t = ty(s->type);
  if (declare) {
    bool inCell = needsCell(s);
    if (inCell) {
      int c = newReg(true);
      emit(Op::NEW_CELL, c, typeIndex(t));
      int tmp = tempFor(t);
      moveInto(tmp, v, vType, t);
      if (isRefType(t)) emit(Op::CELL_SET_REF, c, tmp);
      else emit(Op::CELL_SET, c, tmp);
      declareLocal(s, c, true, t);
    } else {
      int r = newReg(isRefType(t));
      moveInto(r, v, vType, t);
      declareLocal(s, r, false, t);
    }
    return;
  }
  VarLoc* l = lookupVar(s);
  if (!l) {
    error(s->decl, "internal: no location for " + s->name);
    return;
  }
  switch (l->kind) {
    case VarLoc::Reg:
      if (isValueType(t)) {
        if (v.reg != l->idx) emit(Op::COPY_INTO, l->idx, v.reg);
      } else {
        moveInto(l->idx, v, vType, t);
      }
      break;
    case VarLoc::Cell: case VarLoc::GlobalCell: {
      int cell = l->idx;
      if (l->kind == VarLoc::GlobalCell) {
        cell = tempReg(true);
        emit(Op::GGET_REF, cell, l->idx & 0xFFFF, l->idx >> 16);
      }
      if (isValueType(t)) {
        int o = tempReg(true);
        emit(Op::CELL_GET_REF, o, cell);
        emit(Op::COPY_INTO, o, v.reg);
      } else {
        int tmp = v.reg;
        if (t->isInterface() && vType && !vType->isInterface()) tmp = boxed(v, vType, t).reg;
        else if (vType && vType->kind == TypeKind::UntypedNil) {
          tmp = tempReg(true);
          emit(Op::CLEAR_REF, tmp);
        }
        emit(isRefType(t) ? Op::CELL_SET_REF : Op::CELL_SET, cell, tmp);
      }
      break;
    }
    case VarLoc::Global: {
      if (isValueType(t)) {
        int o = tempReg(true);
        emit(Op::GGET_REF, o, l->idx & 0xFFFF, l->idx >> 16);
        emit(Op::COPY_INTO, o, v.reg);
      } else {
        int tmp = v.reg;
        if (t->isInterface() && vType && !vType->isInterface()) tmp = boxed(v, vType, t).reg;
        else if (vType && vType->kind == TypeKind::UntypedNil) {
          tmp = tempReg(true);
          emit(Op::CLEAR_REF, tmp);
        }
        emit(isRefType(t) ? Op::GSET_REF : Op::GSET, tmp, l->idx & 0xFFFF, l->idx >> 16);
      }
      break;
    }
  }
}

namespace {
struct LValue {
  enum Kind { Blank, Var, Field, Elem, Map, Deref } kind = Blank;
  const Symbol* sym = nullptr;
  int obj = -1, idx = -1;
  const Type* type = nullptr;      // the stored value's type
  const Type* container = nullptr; // map type
};
}  // namespace

// Copies a variable's register into a temp, so a parallel assignment's later
// stores to the variable do not change where an earlier-evaluated lvalue points
// (spec: index and pointer operands are evaluated before any assignment).
static int pinned(Compiler& c, Operand o, const Type* t, bool pin) {
  if (!pin || o.temp || Compiler::isValueType(t)) return o.reg;
  int r = c.tempFor(t);
  c.emit(Compiler::isRefType(t) ? Op::MOVE_REF : Op::MOVE, r, o.reg);
  return r;
}

static LValue makeLValue(Compiler& c, Expr* e, bool pin = false) {
  LValue lv;
  e = unparenS(e);
  if (e->kind == NodeKind::Ident) {
    auto* id = e->as<Ident>();
    if (id->name == "_" || !id->symbol) return lv;
    lv.kind = LValue::Var;
    lv.sym = id->symbol;
    lv.type = c.ty(id->symbol->type);
    return lv;
  }
  if (e->kind == NodeKind::SelectorExpr) {
    auto* se = e->as<SelectorExpr>();
    if (se->selKind == SelectionKind::PackageMember) {
      lv.kind = LValue::Var;
      lv.sym = se->sel->symbol;
      lv.type = c.ty(lv.sym->type);
      return lv;
    }
    const Type* bt = nullptr;
    Operand base = c.fieldBase(se->x, se->path, se->derefs, se->path.size() - 1, &bt);
    lv.kind = LValue::Field;
    lv.obj = pinned(c, base, bt, pin);
    lv.idx = se->path.back();
    lv.type = c.ty(e->type);
    return lv;
  }
  if (e->kind == NodeKind::IndexExpr) {
    auto* ie = e->as<IndexExpr>();
    const Type* xt = c.ty(ie->x->type);
    const Type* u = xt->underlying();
    Operand x = c.expr(ie->x);
    if (u->kind == TypeKind::Map) {
      int k = c.tempFor(u->key);
      c.exprInto(ie->indices[0], k, u->key);
      lv.kind = LValue::Map;
      lv.obj = pinned(c, x, xt, pin);
      lv.idx = k;
      lv.type = u->elem;
      lv.container = xt;
      return lv;
    }
    if (u->kind == TypeKind::Pointer) c.emit(Op::NIL_CHECK, x.reg);
    Operand i = c.expr(ie->indices[0]);
    lv.kind = LValue::Elem;
    lv.obj = pinned(c, x, xt, pin);
    lv.idx = pinned(c, i, c.ty(ie->indices[0]->type), pin);
    lv.type = c.ty(e->type);
    return lv;
  }
  if (e->kind == NodeKind::StarExpr) {
    Operand p = c.expr(e->as<StarExpr>()->x);
    lv.kind = LValue::Deref;
    lv.obj = pinned(c, p, c.ty(e->as<StarExpr>()->x->type), pin);
    lv.type = c.ty(e->type);
    return lv;
  }
  c.unsupported(e, "assignment to this expression");
  return lv;
}

static Operand loadLValue(Compiler& c, const LValue& lv, Expr* at) {
  switch (lv.kind) {
    case LValue::Var: return c.readVar(lv.sym, at);
    case LValue::Field: {
      int r = c.tempFor(lv.type);
      c.emit(Compiler::isRefType(lv.type) ? Op::FIELD_GET_REF : Op::FIELD_GET, r, lv.obj, lv.idx);
      return Operand{r, true, false};
    }
    case LValue::Elem: {
      int r = c.tempFor(lv.type);
      c.emit(Compiler::isRefType(lv.type) ? Op::ELEM_GET_REF : Op::ELEM_GET, r, lv.obj, lv.idx);
      return Operand{r, true, false};
    }
    case LValue::Map: {
      int r = c.tempFor(lv.type);
      c.emit(Op::MAP_GET, r, lv.obj, lv.idx);
      c.emit(Op::EXTRA, kNoReg, c.typeIndex(lv.container));
      return Operand{r, true, false};
    }
    case LValue::Deref: {
      if (Compiler::isValueType(lv.type)) return Operand{lv.obj, false, false};
      int r = c.tempFor(lv.type);
      c.emit(Compiler::isRefType(lv.type) ? Op::LOAD_PTR_REF : Op::LOAD_PTR, r, lv.obj);
      return Operand{r, true, false};
    }
    default: return Operand{c.tempReg(false), true, false};
  }
}

static void storeLValue(Compiler& c, const LValue& lv, Operand v, const Type* vType) {
  const Type* t = lv.type;
  if (lv.kind == LValue::Blank) return;
  if (lv.kind == LValue::Var) {
    c.storeVar(lv.sym, v, vType, false);
    return;
  }
  // convert (box) into a temp of the destination kind when needed
  int src = v.reg;
  if (t->isInterface() && vType && !vType->isInterface()) src = c.boxed(v, vType, t).reg;
  else if (vType && vType->kind == TypeKind::UntypedNil) {
    src = c.tempReg(true);
    c.emit(Op::CLEAR_REF, src);
  }
  bool val = Compiler::isValueType(t), ref = Compiler::isRefType(t);
  switch (lv.kind) {
    case LValue::Field:
      c.emit(val ? Op::FIELD_SET_VAL : ref ? Op::FIELD_SET_REF : Op::FIELD_SET, lv.obj, lv.idx, src);
      break;
    case LValue::Elem:
      c.emit(val ? Op::ELEM_SET_VAL : ref ? Op::ELEM_SET_REF : Op::ELEM_SET, lv.obj, lv.idx, src);
      break;
    case LValue::Map:
      c.emit(Op::MAP_SET, lv.obj, lv.idx, src);
      break;
    case LValue::Deref:
      c.emit(val ? Op::STORE_PTR_VAL : ref ? Op::STORE_PTR_REF : Op::STORE_PTR, lv.obj, src);
      break;
    default: break;
  }
}

void Compiler::assignTo(Expr* lhs, Operand v, const Type* vType) {
  LValue lv = makeLValue(*this, lhs);
  storeLValue(*this, lv, v, vType);
}

static Token::Kind baseOp(Token::Kind k) {
  switch (k) {
    case Token::Kind::AddAssign: return Token::Kind::Add;
    case Token::Kind::SubAssign: return Token::Kind::Sub;
    case Token::Kind::MulAssign: return Token::Kind::Mul;
    case Token::Kind::QuoAssign: return Token::Kind::Quo;
    case Token::Kind::RemAssign: return Token::Kind::Rem;
    case Token::Kind::AndAssign: return Token::Kind::And;
    case Token::Kind::OrAssign: return Token::Kind::Or;
    case Token::Kind::XorAssign: return Token::Kind::Xor;
    case Token::Kind::ShlAssign: return Token::Kind::Shl;
    case Token::Kind::ShrAssign: return Token::Kind::Shr;
    case Token::Kind::AndNotAssign: return Token::Kind::AndNot;
    default: return Token::Kind::Illegal;
  }
}

void Compiler::assign(AssignStmt* s) {
  bool define = s->tok == Token::Kind::Define;
  if (s->tok != Token::Kind::Assign && !define) {
    // x op= y: evaluate the location once
    Token::Kind op = baseOp(s->tok);
    LValue lv = makeLValue(*this, s->lhs[0]);
    Operand cur = loadLValue(*this, lv, s->lhs[0]);
    Operand y = expr(s->rhs[0]);
    const Type* t = lv.type;
    int r = tempFor(t);
    BinaryExpr fake(s->pos, op, s->lhs[0], s->rhs[0], s->tokPos);
    // emit the operation directly on the operands
    const Type* u = t->underlying();
    if (u->kind == TypeKind::String) {
      emit(Op::CONCAT, r, cur.reg, y.reg);
    } else if (t->isFloat()) {
      Op o = op == Token::Kind::Add ? Op::ADD_F : op == Token::Kind::Sub ? Op::SUB_F : op == Token::Kind::Mul ? Op::MUL_F : Op::DIV_F;
      emit(o, r, cur.reg, y.reg);
      wrapInt(r, t);
    } else {
      bool uns = t->isUnsigned();
      Op o = Op::ADD_I;
      switch (op) {
        case Token::Kind::Add: o = Op::ADD_I; break;
        case Token::Kind::Sub: o = Op::SUB_I; break;
        case Token::Kind::Mul: o = Op::MUL_I; break;
        case Token::Kind::Quo: o = uns ? Op::DIV_U : Op::DIV_I; break;
        case Token::Kind::Rem: o = uns ? Op::REM_U : Op::REM_I; break;
        case Token::Kind::And: o = Op::AND; break;
        case Token::Kind::Or: o = Op::OR; break;
        case Token::Kind::Xor: o = Op::XOR; break;
        case Token::Kind::AndNot: o = Op::ANDNOT; break;
        case Token::Kind::Shl: case Token::Kind::Shr: {
          const Type* ct = ty(s->rhs[0]->type);
          bool cu = ct && (ct->isUnsigned() || s->rhs[0]->mode == ExprMode::Constant);
          if (op == Token::Kind::Shl) o = cu ? Op::SHL_U : Op::SHL;
          else if (uns) o = cu ? Op::SHR_UU : Op::SHR_U;
          else o = cu ? Op::SHR_IU : Op::SHR_I;
          break;
        }
        default: break;
      }
      emit(o, r, cur.reg, y.reg);
      wrapInt(r, t);
    }
    storeLValue(*this, lv, Operand{r, true, false}, t);
    return;
  }
  size_t nl = s->lhs.size(), nr = s->rhs.size();
  auto isNewAt = [&](size_t i) { return define && i < s->isNew.size() && s->isNew[i]; };
  auto symAt = [&](size_t i) -> const Symbol* {
    Expr* l = unparenS(s->lhs[i]);
    return l->kind == NodeKind::Ident ? l->as<Ident>()->symbol : nullptr;
  };
  if (nl == nr) {
    if (nl == 1) {
      Expr* l = unparenS(s->lhs[0]);
      if (isNewAt(0) && symAt(0)) {
        Operand v = expr(s->rhs[0]);
        storeVar(symAt(0), v, ty(s->rhs[0]->type), true);
        return;
      }
      if (l->kind == NodeKind::Ident && l->as<Ident>()->name == "_") {
        expr(s->rhs[0]);
        return;
      }
      LValue lv = makeLValue(*this, s->lhs[0]);
      Operand v = expr(s->rhs[0]);
      storeLValue(*this, lv, v, ty(s->rhs[0]->type));
      return;
    }
    // parallel assignment: evaluate lvalue operands, then all values into
    // fresh temporaries, then store
    std::vector<LValue> lvs;
    for (size_t i = 0; i < nl; i++) {
      if (isNewAt(i)) lvs.push_back(LValue{});
      else lvs.push_back(makeLValue(*this, s->lhs[i], true));
    }
    std::vector<Operand> vals;
    for (size_t i = 0; i < nr; i++) {
      const Type* vt = ty(s->rhs[i]->type);
      Operand v = expr(s->rhs[i]);
      // a struct/array value read from an element or field is a temp that
      // still refers to the stored object: copy it too, or a swap
      // a[i], a[j] = a[j], a[i] stores the already-overwritten a[i]
      if (!v.temp || (isValueType(vt) && !v.fresh)) {
        int t = tempFor(vt);
        if (isValueType(vt)) emit(Op::CLONE, t, v.reg);
        else emit(isRefType(vt) ? Op::MOVE_REF : Op::MOVE, t, v.reg);
        v = Operand{t, true, isValueType(vt)};
      }
      vals.push_back(v);
    }
    for (size_t i = 0; i < nl; i++) {
      const Type* vt = ty(s->rhs[i]->type);
      if (isNewAt(i) && symAt(i)) storeVar(symAt(i), vals[i], vt, true);
      else storeLValue(*this, lvs[i], vals[i], vt);
    }
    return;
  }
  // multi-value: f(), m[k] (comma ok), x.(T), <-c
  Expr* r = unparenS(s->rhs[0]);
  std::vector<Operand> vals;
  std::vector<const Type*> vts;
  if (r->kind == NodeKind::CallExpr) {
    int n = 0;
    int res = call(r->as<CallExpr>(), &n);
    const Type* tt = ty(r->type);
    for (size_t i = 0; i < nl; i++) {
      vals.push_back(Operand{res + static_cast<int>(i), true, true});
      vts.push_back(tt && tt->kind == TypeKind::Tuple ? tt->elems[i] : tt);
    }
  } else if (r->kind == NodeKind::IndexExpr) {
    auto* ie = r->as<IndexExpr>();
    const Type* mt = ty(ie->x->type);
    const Type* u = mt->underlying();
    Operand m = expr(ie->x);
    int k = tempFor(u->key);
    exprInto(ie->indices[0], k, u->key);
    int v = tempFor(u->elem);
    int ok = tempReg(false);
    emit(Op::MAP_GET, v, m.reg, k);
    emit(Op::EXTRA, ok, typeIndex(mt));
    vals = {Operand{v, true, false}, Operand{ok, true, false}};
    vts = {u->elem, tt_.basic(TypeKind::Bool)};
  } else if (r->kind == NodeKind::UnaryExpr && r->as<UnaryExpr>()->op == Token::Kind::Arrow) {
    // v, ok := <-ch
    Expr* cx = r->as<UnaryExpr>()->x;
    const Type* et = ty(cx->type)->underlying()->elem;
    Operand ch = expr(cx);
    int v = tempFor(et);
    int ok = tempReg(false);
    emit(Op::RECV, v, ch.reg, ok);
    vals = {Operand{v, true, isValueType(et)}, Operand{ok, true, false}};
    vts = {et, tt_.basic(TypeKind::Bool)};
  } else if (r->kind == NodeKind::TypeAssertExpr) {
    int ok = tempReg(false);
    Operand v = typeAssert(r->as<TypeAssertExpr>(), ok);
    const Type* t = ty(r->as<TypeAssertExpr>()->typeExpr->type);
    vals = {v, Operand{ok, true, false}};
    vts = {t, tt_.basic(TypeKind::Bool)};
  } else {
    unsupported(s, "this multi-value assignment");
    return;
  }
  for (size_t i = 0; i < nl && i < vals.size(); i++) {
    Expr* l = unparenS(s->lhs[i]);
    if (l->kind == NodeKind::Ident && l->as<Ident>()->name == "_") continue;
    if (isNewAt(i) && symAt(i)) storeVar(symAt(i), vals[i], vts[i], true);
    else assignTo(s->lhs[i], vals[i], vts[i]);
  }
}

void Compiler::incDec(IncDecStmt* s) {
  LValue lv = makeLValue(*this, s->x);
  Operand cur = loadLValue(*this, lv, s->x);
  const Type* t = lv.type;
  int r = tempFor(t);
  bool inc = s->tok == Token::Kind::Inc;
  if (t->isFloat()) {
    int one = tempReg(false);
    int k = constIndex(slotFloat(1.0));
    emit(Op::LOADK, one, k & 0xFFFF, k >> 16);
    emit(inc ? Op::ADD_F : Op::SUB_F, r, cur.reg, one);
  } else {
    emit(Op::ADDK_I, r, cur.reg, inc ? 1 : 0xFFFF);
  }
  wrapInt(r, t);
  storeLValue(*this, lv, Operand{r, true, false}, t);
}

void Compiler::varDecl(ValueSpec* vs) {
  size_t n = vs->names.size();
  if (vs->values.empty()) {
    for (Ident* id : vs->names)
      if (id->symbol && id->name != "_") declareVar(id->symbol, ty(id->symbol->type));
    return;
  }
  if (vs->values.size() == n) {
    std::vector<Operand> vals;
    for (size_t i = 0; i < n; i++) {
      const Type* vt = ty(vs->values[i]->type);
      Operand v = expr(vs->values[i]);
      if (n > 1 && !v.temp) {
        int t = tempFor(vt);
        if (isValueType(vt)) emit(Op::CLONE, t, v.reg);
        else emit(isRefType(vt) ? Op::MOVE_REF : Op::MOVE, t, v.reg);
        v = Operand{t, true, isValueType(vt)};
      }
      vals.push_back(v);
    }
    for (size_t i = 0; i < n; i++) {
      Ident* id = vs->names[i];
      if (id->symbol && id->name != "_") storeVar(id->symbol, vals[i], ty(vs->values[i]->type), true);
    }
    return;
  }
  // var a, b = f()  /  var v, ok = m[k]
  AssignStmt fake(vs->pos, Token::Kind::Define);
  for (Ident* id : vs->names) fake.lhs.push_back(id);
  fake.rhs = vs->values;
  fake.isNew.assign(n, true);
  assign(&fake);
}

void Compiler::ifStmt(IfStmt* s) {
  openScope();
  if (s->init) stmt(s->init);
  Operand c = expr(s->cond);
  size_t jf = emitJumpIfFalse(c);
  stmt(s->body);
  if (s->els) {
    size_t jend = emitJump(Op::JMP);
    patchHere(jf);
    stmt(s->els);
    patchHere(jend);
  } else {
    patchHere(jf);
  }
  closeScope();
}

static void perIterationCopy(Compiler& c, const std::vector<const Symbol*>& vars) {
  // Go 1.22: each iteration has its own copy of captured loop variables
  for (const Symbol* s : vars) {
    VarLoc* l = c.lookupVar(s);
    if (!l || l->kind != VarLoc::Cell) continue;
    const Type* t = c.ty(s->type);
    int tmp = c.tempFor(t);
    bool ref = Compiler::isRefType(t);
    c.emit(ref ? Op::CELL_GET_REF : Op::CELL_GET, tmp, l->idx);
    if (Compiler::isValueType(t)) c.emit(Op::CLONE, tmp, tmp);
    c.emit(Op::NEW_CELL, l->idx, c.typeIndex(t));
    c.emit(ref ? Op::CELL_SET_REF : Op::CELL_SET, l->idx, tmp);
  }
}

void Compiler::forStmt(ForStmt* s, Node* labelNode) {
  (void)labelNode;
  openScope();
  std::vector<const Symbol*> loopVars;
  if (s->init) {
    stmt(s->init);
    if (s->init->kind == NodeKind::AssignStmt) {
      auto* as = s->init->as<AssignStmt>();
      if (as->tok == Token::Kind::Define)
        for (Expr* l : as->lhs) {
          Expr* u = unparenS(l);
          if (u->kind == NodeKind::Ident && u->as<Ident>()->symbol) {
            const Symbol* sym = u->as<Ident>()->symbol;
            if (needsCell(sym)) loopVars.push_back(sym);
          }
        }
    }
  }
  size_t top = pc();
  size_t jexit = SIZE_MAX;
  if (s->cond) {
    size_t tm = fs->stmtTemps.size();
    Operand c = expr(s->cond);
    jexit = emitJumpIfFalse(c);
    // the condition temps are dead after the jump
    for (size_t i = tm; i < fs->stmtTemps.size(); i++) {
      int r = fs->stmtTemps[i];
      if (fs->proto->regIsRef[r]) fs->freeRef.push_back(r);
      else fs->freeScalar.push_back(r);
    }
    fs->stmtTemps.resize(tm);
  }
  fs->branches.push_back(CompileBranchCtx{s, {}, {}, true});
  stmt(s->body);
  size_t cont = pc();
  CompileBranchCtx ctx = std::move(fs->branches.back());
  fs->branches.pop_back();
  for (size_t j : ctx.continues) patchJump(j, cont);
  perIterationCopy(*this, loopVars);
  if (s->post) stmt(s->post);
  emitJumpTo(Op::JMP, 0, top);
  if (jexit != SIZE_MAX) patchHere(jexit);
  for (size_t j : ctx.breaks) patchHere(j);
  closeScope();
}

void Compiler::rangeStmt(RangeStmt* s) {
  openScope();
  const Type* xt = ty(s->x->type);
  const Type* u = xt->underlying();
  bool define = s->tok == Token::Kind::Define;
  Expr* ke = s->key && !(unparenS(s->key)->kind == NodeKind::Ident && unparenS(s->key)->as<Ident>()->name == "_") ? s->key : nullptr;
  Expr* ve = s->value && !(unparenS(s->value)->kind == NodeKind::Ident && unparenS(s->value)->as<Ident>()->name == "_") ? s->value : nullptr;
  auto bind = [&](Expr* target, Operand v, const Type* vt) {
    if (!target) return;
    Expr* t = unparenS(target);
    if (define && t->kind == NodeKind::Ident && t->as<Ident>()->symbol) storeVar(t->as<Ident>()->symbol, v, vt, true);
    else assignTo(target, v, vt);
  };
  const Type* intT = tt_.basic(TypeKind::Int);
  if (u->kind == TypeKind::Func) {
    rangeFunc(s, ke, ve, define);
    closeScope();
    return;
  }
  if (u->kind == TypeKind::Chan) {
    rangeChan(s, ke);
    closeScope();
    return;
  }
  size_t top, cont;
  size_t jexit;
  CompileBranchCtx ctx;
  if (u->kind == TypeKind::Map) {
    Operand m = expr(s->x);
    int mreg = newReg(true);
    emit(Op::MOVE_REF, mreg, m.reg);
    int it = newReg(false);
    newReg(false);  // it+1
    emit(Op::MAP_ITER, it);
    int kreg = newReg(isRefType(u->key));
    int vreg = newReg(isRefType(u->elem));
    int ok = newReg(false);
    top = pc();
    emit(Op::MAP_NEXT, ok, mreg, it);
    emit(Op::EXTRA, kreg, vreg);
    jexit = emitJump(Op::JMP_F, ok);
    size_t tm = fs->stmtTemps.size();
    openScope();
    bind(ke, Operand{kreg, false, false}, u->key);
    bind(ve, Operand{vreg, false, false}, u->elem);
    fs->branches.push_back(CompileBranchCtx{s, {}, {}, true});
    stmt(s->body);
    closeScope();
    (void)tm;
    ctx = std::move(fs->branches.back());
    fs->branches.pop_back();
    cont = pc();
    emitJumpTo(Op::JMP, 0, top);
    for (size_t j : ctx.continues) patchJump(j, cont);
    patchHere(jexit);
    for (size_t j : ctx.breaks) patchHere(j);
    emit(Op::CLEAR_REF, mreg);
    if (isRefType(u->key)) emit(Op::CLEAR_REF, kreg);
    if (isRefType(u->elem)) emit(Op::CLEAR_REF, vreg);
    closeScope();
    return;
  }
  bool isInt = xt->isInteger();
  bool isStr = u->kind == TypeKind::String;
  int xreg = -1, nreg = newReg(false), ireg = newReg(false);
  if (isInt) {
    Operand n = expr(s->x);
    emit(Op::MOVE, nreg, n.reg);
  } else {
    Operand x = expr(s->x);
    xreg = newReg(true);
    if (u->kind == TypeKind::Array && ve) emit(Op::CLONE, xreg, x.reg);
    else emit(Op::MOVE_REF, xreg, x.reg);
    if (u->kind == TypeKind::Pointer) emit(Op::NIL_CHECK, xreg);
    if (isStr) emit(Op::STR_LEN, nreg, xreg);
    else if (u->kind == TypeKind::Array || u->kind == TypeKind::Pointer) {
      const Type* at = u->kind == TypeKind::Pointer ? u->elem->underlying() : u;
      uint32_t n = static_cast<uint32_t>(at->len);
      emit(Op::LOADI, nreg, n & 0xFFFF, n >> 16);
    } else emit(Op::LEN, nreg, xreg);
  }
  emit(Op::LOADI, ireg, 0, 0);
  int rr = -1;
  if (isStr) {
    rr = newReg(false);
    newReg(false);  // width
  }
  top = pc();
  int c = newReg(false);
  emit(Op::LT_I, c, ireg, nreg);
  jexit = emitJumpIfFalse(Operand{c, true, false});  // c is read by the jump only
  openScope();
  const Type* kt = isInt ? xt : intT;
  if (isStr) {
    emit(Op::STR_RANGE, rr, xreg, ireg);
    bind(ke, Operand{ireg, false, false}, intT);
    bind(ve, Operand{rr, false, false}, tt_.basic(TypeKind::Int32));
  } else {
    bind(ke, Operand{ireg, false, false}, kt);
    if (ve && !isInt) {
      const Type* et = u->kind == TypeKind::Pointer ? u->elem->underlying()->elem : u->elem;
      int v = tempFor(et);
      emit(isRefType(et) ? Op::ELEM_GET_REF : Op::ELEM_GET, v, xreg, ireg);
      bind(ve, Operand{v, true, false}, et);
    }
  }
  fs->branches.push_back(CompileBranchCtx{s, {}, {}, true});
  stmt(s->body);
  ctx = std::move(fs->branches.back());
  fs->branches.pop_back();
  closeScope();
  cont = pc();
  for (size_t j : ctx.continues) patchJump(j, cont);
  if (isStr) emit(Op::ADD_I, ireg, ireg, rr + 1);
  else emit(Op::ADDK_I, ireg, ireg, 1);
  emitJumpTo(Op::JMP, 0, top);
  patchHere(jexit);
  for (size_t j : ctx.breaks) patchHere(j);
  if (xreg >= 0) emit(Op::CLEAR_REF, xreg);
  closeScope();
}

void Compiler::switchStmt(SwitchStmt* s) {
  openScope();
  if (s->init) stmt(s->init);
  int tag = -1;
  const Type* tagT = nullptr;
  if (s->tag) {
    tagT = ty(s->tag->type);
    Operand t = expr(s->tag);
    tag = newReg(isRefType(tagT));
    moveInto(tag, t, tagT, tagT);
  }
  auto& clauses = s->body->list;
  std::vector<std::vector<size_t>> toBody(clauses.size());
  int defaultIdx = -1;
  for (size_t i = 0; i < clauses.size(); i++) {
    auto* cc = clauses[i]->as<CaseClause>();
    if (cc->list.empty()) { defaultIdx = static_cast<int>(i); continue; }
    for (Expr* e : cc->list) {
      setLine(e->pos.line);
      Operand r;
      if (tag >= 0) {
        // compare tag == e (with e converted to the tag's type)
        const Type* et = ty(e->type);
        Operand v = expr(e);
        if (tagT->isInterface() && !et->isInterface()) v = boxed(v, et, tagT);
        int res = tempReg(false);
        const Type* cu = tagT->underlying();
        if (et->kind == TypeKind::UntypedNil || (e->type && e->type->kind == TypeKind::UntypedNil)) {
          int n = tempReg(true);
          emit(Op::CLEAR_REF, n);
          emit(Op::EQ_REF, res, tag, n);
        } else if (cu->kind == TypeKind::String) emit(Op::EQ_STR, res, tag, v.reg);
        else if (cu->kind == TypeKind::Interface) emit(Op::EQ_IFACE, res, tag, v.reg);
        else if (tagT->isFloat()) emit(Op::EQ_F, res, tag, v.reg);
        else if (cu->kind == TypeKind::Struct || cu->kind == TypeKind::Array) {
          emit(Op::EQ_VAL, res, tag, v.reg);
          emit(Op::EXTRA, typeIndex(tagT));
        } else if (cu->kind == TypeKind::Pointer) emit(Op::EQ_PTR, res, tag, v.reg);
        else if (cu->kind == TypeKind::Chan) emit(Op::EQ_REF, res, tag, v.reg);
        else emit(Op::EQ_I, res, tag, v.reg);
        r = Operand{res, true, false};
      } else {
        r = expr(e);
      }
      toBody[i].push_back(emitJump(Op::JMP_T, r.reg));
    }
  }
  size_t jdefault = emitJump(Op::JMP);
  fs->branches.push_back(CompileBranchCtx{s, {}, {}, false});
  std::vector<size_t> fallthroughs;
  for (size_t i = 0; i < clauses.size(); i++) {
    auto* cc = clauses[i]->as<CaseClause>();
    for (size_t j : toBody[i]) patchHere(j);
    for (size_t j : fallthroughs) patchHere(j);
    fallthroughs.clear();
    if (static_cast<int>(i) == defaultIdx) patchHere(jdefault);
    openScope();
    bool ft = false;
    for (Stmt* st : cc->body) {
      if (st->kind == NodeKind::BranchStmt && st->as<BranchStmt>()->tok == Token::Kind::Fallthrough) {
        fallthroughs.push_back(emitJump(Op::JMP));
        ft = true;
        continue;
      }
      stmt(st);
    }
    closeScope();
    if (!ft) fs->branches.back().breaks.push_back(emitJump(Op::JMP));
  }
  if (defaultIdx < 0) patchHere(jdefault);
  for (size_t j : fallthroughs) patchHere(j);
  CompileBranchCtx ctx = std::move(fs->branches.back());
  fs->branches.pop_back();
  for (size_t j : ctx.breaks) patchHere(j);
  if (tag >= 0 && isRefType(tagT)) emit(Op::CLEAR_REF, tag);
  closeScope();
}

void Compiler::typeSwitchStmt(TypeSwitchStmt* s) {
  openScope();
  if (s->init) stmt(s->init);
  TypeAssertExpr* ta = nullptr;
  if (s->assign->kind == NodeKind::ExprStmt) ta = unparenS(s->assign->as<ExprStmt>()->x)->as<TypeAssertExpr>();
  else ta = unparenS(s->assign->as<AssignStmt>()->rhs[0])->as<TypeAssertExpr>();
  const Type* xt = ty(ta->x->type);
  Operand xo = expr(ta->x);
  int x = newReg(true);
  emit(Op::MOVE_REF, x, xo.reg);
  auto& clauses = s->body->list;
  std::vector<std::vector<size_t>> toBody(clauses.size());
  int defaultIdx = -1;
  for (size_t i = 0; i < clauses.size(); i++) {
    auto* cc = clauses[i]->as<CaseClause>();
    if (cc->list.empty()) { defaultIdx = static_cast<int>(i); continue; }
    for (Expr* e : cc->list) {
      int res = tempReg(false);
      const Type* t = ty(e->type);
      if (!t || t->kind == TypeKind::UntypedNil) {
        int n = tempReg(true);
        emit(Op::CLEAR_REF, n);
        emit(Op::EQ_REF, res, x, n);
      } else if (t->isInterface()) {
        emit(Op::TYPE_IMPL, res, x, typeIndex(t));
      } else {
        emit(Op::TYPE_IS, res, x, typeIndex(t));
      }
      toBody[i].push_back(emitJump(Op::JMP_T, res));
    }
  }
  size_t jdefault = emitJump(Op::JMP);
  fs->branches.push_back(CompileBranchCtx{s, {}, {}, false});
  for (size_t i = 0; i < clauses.size(); i++) {
    auto* cc = clauses[i]->as<CaseClause>();
    for (size_t j : toBody[i]) patchHere(j);
    if (static_cast<int>(i) == defaultIdx) patchHere(jdefault);
    openScope();
    if (cc->implicit) {
      const Type* vt = ty(cc->implicit->type);
      if (vt->isInterface()) {
        storeVar(cc->implicit, Operand{x, false, false}, vt, true);
      } else {
        int v = tempFor(vt);
        emit(Op::UNBOX, v, x);
        storeVar(cc->implicit, Operand{v, true, false}, vt, true);
      }
    }
    for (Stmt* st : cc->body) stmt(st);
    closeScope();
    fs->branches.back().breaks.push_back(emitJump(Op::JMP));
  }
  if (defaultIdx < 0) patchHere(jdefault);
  CompileBranchCtx ctx = std::move(fs->branches.back());
  fs->branches.pop_back();
  for (size_t j : ctx.breaks) patchHere(j);
  emit(Op::CLEAR_REF, x);
  (void)xt;
  closeScope();
}

void Compiler::branchStmt(BranchStmt* s) {
  switch (s->tok) {
    case Token::Kind::Break: case Token::Kind::Continue: {
      bool isBreak = s->tok == Token::Kind::Break;
      for (size_t i = fs->branches.size(); i-- > 0;) {
        CompileBranchCtx& b = fs->branches[i];
        bool match = s->target ? b.node == s->target : (isBreak || b.isLoop);
        if (!match) continue;
        if (isBreak) b.breaks.push_back(emitJump(Op::JMP));
        else b.continues.push_back(emitJump(Op::JMP));
        return;
      }
      if (fs->rangeLoop && rangeBodyBranch(s, isBreak)) return;
      error(s, "internal: break/continue target not found");
      return;
    }
    case Token::Kind::Goto: {
      const Node* target = s->target;
      if (!target) {
        error(s, "internal: goto without target");
        return;
      }
      if (fs->rangeLoop && rangeBodyGoto(s)) return;
      auto it = fs->labelPc.find(target);
      if (it != fs->labelPc.end()) emitJumpTo(Op::JMP, 0, static_cast<size_t>(it->second));
      else fs->gotoFixups.emplace_back(emitJump(Op::JMP), target);
      return;
    }
    case Token::Kind::Fallthrough:
      // handled by switchStmt (the last statement of a clause)
      return;
    default: return;
  }
}

void Compiler::condJump(Expr* cond, bool jumpIf, std::vector<size_t>& jumps) {
  Operand c = expr(cond);
  jumps.push_back(jumpIf ? emitJump(Op::JMP_T, c.reg) : emitJumpIfFalse(c));
}

}  // namespace heapscope
