// Channel statements: send, select, range over a channel, and the small
// wrapper functions `defer close(ch)` / `go println(x)` need (Go 1.22 calls
// them main.f.deferwrap1 / main.f.gowrap1): the builtin's arguments are
// evaluated at the defer/go statement and passed as parameters.
#include "compile/compiler_impl.h"

namespace heapscope {

PrintKind printKindOf(const Type* t);  // compile_call.cpp

static Expr* unparenChan(Expr* e) {
  while (e && e->kind == NodeKind::ParenExpr) e = e->as<ParenExpr>()->x;
  return e;
}

static bool isBlank(Expr* e) {
  e = unparenChan(e);
  return !e || (e->kind == NodeKind::Ident && e->as<Ident>()->name == "_");
}

void Compiler::sendStmt(SendStmt* s) {
  const Type* ct = ty(s->chan->type);
  const Type* et = ct->underlying()->elem;
  Operand ch = expr(s->chan);
  int v = tempFor(et);
  exprInto(s->value, v, et);
  setLine(s->pos.line);
  emit(Op::SEND, ch.reg, v);
}

void Compiler::rangeChan(RangeStmt* s, Expr* target) {
  const Type* ct = ty(s->x->type);
  const Type* et = ct->underlying()->elem;
  bool define = s->tok == Token::Kind::Define;
  Operand x = expr(s->x);
  int chreg = newReg(true);
  emit(Op::MOVE_REF, chreg, x.reg);
  int vreg = newReg(isRefType(et));
  int ok = newReg(false);
  size_t top = pc();
  setLine(s->pos.line);
  emit(Op::RECV, vreg, chreg, ok);
  size_t jexit = emitJump(Op::JMP_F, ok);
  openScope();
  if (target) {
    Expr* t = unparenChan(target);
    Operand v{vreg, false, false};
    if (define && t->kind == NodeKind::Ident && t->as<Ident>()->symbol) storeVar(t->as<Ident>()->symbol, v, et, true);
    else assignTo(target, v, et);
  }
  fs->branches.push_back(CompileBranchCtx{s, {}, {}, true});
  stmt(s->body);
  CompileBranchCtx ctx = std::move(fs->branches.back());
  fs->branches.pop_back();
  closeScope();
  size_t cont = pc();
  for (size_t j : ctx.continues) patchJump(j, cont);
  emitJumpTo(Op::JMP, 0, top);
  patchHere(jexit);
  for (size_t j : ctx.breaks) patchHere(j);
  emit(Op::CLEAR_REF, chreg);
  if (isRefType(et)) emit(Op::CLEAR_REF, vreg);
}

namespace {
struct SelectCaseCode {
  CommClause* clause = nullptr;
  bool send = false;
  int chReg = -1, valReg = kNoReg, okReg = kNoReg;
  const Type* elemType = nullptr;
  AssignStmt* assign = nullptr;  // v[, ok] = / := <-ch
};
}  // namespace

void Compiler::selectStmt(SelectStmt* ss) {
  auto& clauses = ss->body->list;
  std::vector<SelectCaseCode> cases;
  int defaultClause = -1;
  std::vector<int> caseOfClause(clauses.size(), -1);
  // 1. channel operands and send values, in source order
  for (size_t i = 0; i < clauses.size(); i++) {
    auto* cc = clauses[i]->as<CommClause>();
    if (!cc->comm) {
      defaultClause = static_cast<int>(i);
      continue;
    }
    SelectCaseCode sc;
    sc.clause = cc;
    Stmt* c = cc->comm;
    Expr* recv = nullptr;
    if (c->kind == NodeKind::SendStmt) {
      auto* st = c->as<SendStmt>();
      sc.send = true;
      sc.elemType = ty(st->chan->type)->underlying()->elem;
      Operand ch = expr(st->chan);
      sc.chReg = tempReg(true);
      emit(Op::MOVE_REF, sc.chReg, ch.reg);
      sc.valReg = tempFor(sc.elemType);
      exprInto(st->value, sc.valReg, sc.elemType);
    } else if (c->kind == NodeKind::ExprStmt) {
      recv = unparenChan(c->as<ExprStmt>()->x);
    } else {
      sc.assign = c->as<AssignStmt>();
      recv = unparenChan(sc.assign->rhs[0]);
    }
    if (recv) {
      Expr* cx = recv->as<UnaryExpr>()->x;
      sc.elemType = ty(cx->type)->underlying()->elem;
      Operand ch = expr(cx);
      sc.chReg = tempReg(true);
      emit(Op::MOVE_REF, sc.chReg, ch.reg);
      if (sc.assign && !isBlank(sc.assign->lhs[0])) sc.valReg = tempFor(sc.elemType);
      if (sc.assign && sc.assign->lhs.size() > 1 && !isBlank(sc.assign->lhs[1])) sc.okReg = tempReg(false);
    }
    caseOfClause[i] = static_cast<int>(cases.size());
    cases.push_back(sc);
  }
  if (cases.size() > 0x7FFF) {
    unsupported(ss, "select with this many cases");
    return;
  }
  // 2. the select itself
  int chosen = tempReg(false);
  // A one-case select without default is the plain channel operation in Go:
  // traces point at the case's line.
  bool singleOp = cases.size() == 1 && defaultClause < 0;
  setLine(singleOp ? cases[0].clause->comm->pos.line : ss->pos.line);
  uint16_t flags = static_cast<uint16_t>(cases.size()) | (defaultClause >= 0 ? 0x8000 : 0);
  emit(Op::SELECT, chosen, 0, flags);
  for (auto& sc : cases) emit(Op::EXTRA, sc.chReg, sc.valReg, sc.send ? 0xFFFE : sc.okReg);
  // 3. dispatch on the chosen case
  std::vector<size_t> toBody(clauses.size(), SIZE_MAX);
  int k = tempReg(false), eq = tempReg(false);
  for (size_t i = 0; i < clauses.size(); i++) {
    if (caseOfClause[i] < 0) continue;
    emit(Op::LOADI, k, caseOfClause[i] & 0xFFFF, 0);
    emit(Op::EQ_I, eq, chosen, k);
    toBody[i] = emitJump(Op::JMP_T, eq);
  }
  size_t jdefault = emitJump(Op::JMP);
  // 4. bodies (break leaves the select)
  fs->branches.push_back(CompileBranchCtx{ss, {}, {}, false});
  for (size_t i = 0; i < clauses.size(); i++) {
    auto* cc = clauses[i]->as<CommClause>();
    if (static_cast<int>(i) == defaultClause) patchHere(jdefault);
    else patchHere(toBody[i]);
    openScope();
    if (caseOfClause[i] >= 0) {
      SelectCaseCode& sc = cases[static_cast<size_t>(caseOfClause[i])];
      if (sc.assign) {
        bool define = sc.assign->tok == Token::Kind::Define;
        auto bindOne = [&](size_t li, int reg, const Type* t, bool fresh) {
          if (li >= sc.assign->lhs.size() || isBlank(sc.assign->lhs[li]) || reg == kNoReg) return;
          Expr* l = unparenChan(sc.assign->lhs[li]);
          bool isNew = define && li < sc.assign->isNew.size() && sc.assign->isNew[li];
          Operand v{reg, true, fresh};
          if (isNew && l->kind == NodeKind::Ident && l->as<Ident>()->symbol) storeVar(l->as<Ident>()->symbol, v, t, true);
          else assignTo(sc.assign->lhs[li], v, t);
        };
        bindOne(0, sc.valReg, sc.elemType, isValueType(sc.elemType));
        bindOne(1, sc.okReg, tt_.basic(TypeKind::Bool), false);
      }
    }
    for (Stmt* st : cc->body) stmt(st);
    closeScope();
    fs->branches.back().breaks.push_back(emitJump(Op::JMP));
  }
  if (defaultClause < 0) patchHere(jdefault);
  CompileBranchCtx ctx = std::move(fs->branches.back());
  fs->branches.pop_back();
  for (size_t j : ctx.breaks) patchHere(j);
}

// A function taking the builtin's arguments as parameters and applying the
// builtin: what `defer close(ch)` and `go println(x)` call.
int Compiler::builtinThunk(CallExpr* c, bool isGo, std::vector<const Type*>* argTypes) {
  BuiltinId id = static_cast<BuiltinId>(c->builtinId);
  argTypes->clear();
  switch (id) {
    case BuiltinId::Close: argTypes->push_back(ty(c->args[0]->type)); break;
    case BuiltinId::Panic: argTypes->push_back(tt_.anyType()); break;
    case BuiltinId::Print: case BuiltinId::Println:
      for (Expr* a : c->args) {
        const Type* t = ty(a->type);
        argTypes->push_back(t);
      }
      break;
    case BuiltinId::Delete: {
      const Type* mt = ty(c->args[0]->type);
      argTypes->push_back(mt);
      argTypes->push_back(mt->underlying()->key);
      break;
    }
    case BuiltinId::Copy:
      argTypes->push_back(ty(c->args[0]->type));
      argTypes->push_back(ty(c->args[1]->type));
      break;
    default: return -1;
  }
  auto p = std::make_unique<FuncProto>();
  FuncState* named = fs;  // inside a range-over-func body: named after the enclosing function, as gc does
  while (named->rangeLoop) named = named->parent;
  p->name = named->proto->name + (isGo ? ".gowrap" : ".deferwrap") + std::to_string(++named->wrapCount);
  p->nparams = static_cast<uint16_t>(argTypes->size());
  for (const Type* t : *argTypes) {
    p->regIsRef.push_back(isRefType(t));
    p->paramIsRef.push_back(isRefType(t));
  }
  auto op = [&](Op o, int a, int b, int cc) {
    p->code.push_back(Instr{o, static_cast<uint16_t>(a), static_cast<uint16_t>(b), static_cast<uint16_t>(cc)});
  };
  switch (id) {
    case BuiltinId::Close: op(Op::CLOSE, 0, 0, 0); break;
    case BuiltinId::Panic: op(Op::PANIC, 0, 0, 0); break;
    case BuiltinId::Delete:
      op(Op::MAP_DELETE, 0, 1, 0);
      break;
    case BuiltinId::Copy:
      p->regIsRef.push_back(0);  // the discarded count
      op(Op::COPY, 2, 0, 1);
      break;
    default: {
      bool ln = id == BuiltinId::Println;
      for (size_t i = 0; i < argTypes->size(); i++) {
        if (ln && i) op(Op::PRINT, 0, static_cast<int>(PrintKind::Space), 0);
        op(Op::PRINT, static_cast<int>(i), static_cast<int>(printKindOf((*argTypes)[i])), 0);
      }
      if (ln) op(Op::PRINT, 0, static_cast<int>(PrintKind::Newline), 0);
      break;
    }
  }
  op(Op::RET, 0, 0, 0);
  p->lines.push_back(LineEntry{0, c->pos.line});
  p->line = c->pos.line;
  p->nregs = static_cast<uint16_t>(p->regIsRef.size());
  for (uint16_t r = 0; r < p->nregs; r++)
    if (p->regIsRef[r]) p->refRegs.push_back(r);
  p->recoverPc = static_cast<uint32_t>(p->code.size() - 1);
  p->sig = tt_.funcOf(*argTypes, {}, false);
  p->index = static_cast<int>(prog_->funcs.size());
  int idx = p->index;
  prog_->funcs.push_back(std::move(p));
  return idx;
}

}  // namespace heapscope
