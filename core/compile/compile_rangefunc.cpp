// Range-over-func (Go 1.23): `for k, v := range seq { body }` compiles to
// seq(func(k K, v V) bool { body; return true }). The VM keeps every Go
// frame on the goroutine's own stack, so the body is an ordinary closure
// (named main.f-range1 like gc names it) and nothing needs to be resumable
// beyond what calls already are.
//
// Hidden variables (cells captured by the body closures):
//  - #state per loop: the iterator protocol, checked on every body call as
//    Go's runtime does (READY while the body may run, PANIC while it runs,
//    DONE after it returned false, EXHAUSTED after the iterator returned);
//  - #next per outermost loop of a function: what to do after the iterator
//    returns (0 nothing, a `return`, or a break/continue of an outer
//    statement, one code per target);
//  - #rv per outermost loop: the values of a `return x` inside a body.
//  - #defers per outermost loop of a function with defers: its frame index
//    (FRAME_TOKEN), so a `defer` in a body joins that frame's defers
//    (DEFER_AT) and runs when the function returns, as the spec says.
// A body exits non-locally by setting #next, marking its loop DONE and
// returning false; each enclosing level repeats that until the level owning
// the target jumps there (or the real function returns).
#include "compile/compiler_impl.h"

namespace heapscope {

namespace {
enum RangeState { kDone = 0, kReady = 1, kPanic = 2, kExhausted = 3 };
constexpr int kReturnValues = 1;  // #next codes; branch targets count from kFirstBranch
constexpr int kReturnBare = 2;
constexpr int kFirstBranch = 3;

FuncState* rangeRoot(FuncState* f) {
  while (f->rangeLoop) f = f->parent;
  return f;
}

// Whether the labeled statement `label` lies inside `body` (explicit stack:
// no C++ recursion on the program's nesting depth).
bool blockContains(BlockStmt* body, const Node* label) {
  std::vector<Stmt*> todo(body->list.begin(), body->list.end());
  while (!todo.empty()) {
    Stmt* s = todo.back();
    todo.pop_back();
    if (!s) continue;
    if (s == label) return true;
    auto addList = [&](const std::vector<Stmt*>& l) { todo.insert(todo.end(), l.begin(), l.end()); };
    switch (s->kind) {
      case NodeKind::BlockStmt: addList(s->as<BlockStmt>()->list); break;
      case NodeKind::IfStmt:
        todo.push_back(s->as<IfStmt>()->body);
        todo.push_back(s->as<IfStmt>()->els);
        break;
      case NodeKind::ForStmt: todo.push_back(s->as<ForStmt>()->body); break;
      case NodeKind::RangeStmt: todo.push_back(s->as<RangeStmt>()->body); break;
      case NodeKind::SwitchStmt: todo.push_back(s->as<SwitchStmt>()->body); break;
      case NodeKind::TypeSwitchStmt: todo.push_back(s->as<TypeSwitchStmt>()->body); break;
      case NodeKind::SelectStmt: todo.push_back(s->as<SelectStmt>()->body); break;
      case NodeKind::CaseClause: addList(s->as<CaseClause>()->body); break;
      case NodeKind::CommClause: addList(s->as<CommClause>()->body); break;
      case NodeKind::LabeledStmt: todo.push_back(s->as<LabeledStmt>()->stmt); break;
      default: break;
    }
  }
  return false;
}

bool branchesContain(FuncState* f, const Node* target) {
  for (auto& b : f->branches)
    if (b.node == target) return true;
  return false;
}
}  // namespace

const Symbol* Compiler::hiddenVar(const std::string& name, const Type* t, Node* owner) {
  Symbol& s = hiddenSyms_.emplace_back();
  s.kind = SymbolKind::Var;
  s.name = name;
  s.type = t;
  s.captured = true;    // shared with the body closures through a cell
  s.reassigned = true;
  s.ownerFunc = owner;
  declareVar(&s, t);
  return &s;
}

static void setInt(Compiler& c, const Symbol* s, int v) {
  int r = c.tempReg(false);
  c.emit(Op::LOADI, r, v & 0xFFFF, (v >> 16) & 0xFFFF);
  c.storeVar(s, Operand{r, true, false}, c.tt_.basic(TypeKind::Int), false);
}

static void returnBool(Compiler& c, bool v) {
  int r = c.tempReg(false);
  c.emit(Op::LOADI, r, v ? 1 : 0, 0);
  c.emit(Op::RET, r, 1);
}

// Jumps to the returned pc when reg != k (the caller patches it).
static size_t jumpUnlessEqual(Compiler& c, int reg, int k) {
  int kr = c.tempReg(false);
  c.emit(Op::LOADI, kr, k & 0xFFFF, (k >> 16) & 0xFFFF);
  int eq = c.tempReg(false);
  c.emit(Op::EQ_I, eq, reg, kr);
  return c.emitJump(Op::JMP_F, eq);
}

static void addExit(std::vector<RangeExit>& exits, const RangeExit& e) {
  for (auto& x : exits)
    if (x.code == e.code) return;
  exits.push_back(e);
}

void Compiler::rangeFunc(RangeStmt* s, Expr* ke, Expr* ve, bool define) {
  const Type* xt = ty(s->x->type);
  const Type* yt = xt->underlying()->params[0];
  const Type* yu = yt->underlying();
  const Type* intT = tt_.basic(TypeKind::Int);
  FuncState* root = rangeRoot(fs);
  Node* owner = fs->rangeLoop ? static_cast<Node*>(fs->rangeLoop) : fs->node;

  Operand it = expr(s->x);
  int itReg = newReg(true);
  emit(Op::MOVE_REF, itReg, it.reg);
  const Symbol* savedNext = root->rangeNext;
  const Symbol* savedDefers = root->rangeDefers;
  std::vector<const Symbol*> savedResults = root->rangeResults;
  bool outermost = fs == root;
  if (outermost) {
    root->rangeNext = hiddenVar("#next", intT, owner);
    root->rangeResults.clear();
    for (size_t i = 0; i < root->resultTypes.size(); i++)
      root->rangeResults.push_back(hiddenVar("#rv" + std::to_string(i + 1), root->resultTypes[i], owner));
    if (root->hasDefer) {  // a defer in a body belongs to this frame
      root->rangeDefers = hiddenVar("#defers", intT, owner);
      int t = tempReg(false);
      emit(Op::FRAME_TOKEN, t);
      storeVar(root->rangeDefers, Operand{t, true, false}, intT, false);
    }
  }
  const Symbol* state = hiddenVar("#state", intT, owner);
  setInt(*this, state, kReady);

  // ---- the body closure
  auto p = std::make_unique<FuncProto>();
  FuncProto* bp = p.get();
  bp->index = static_cast<int>(prog_->funcs.size());
  bp->name = root->proto->name + "-range" + std::to_string(++root->rangeLitCount);
  bp->line = s->pos.line;
  prog_->funcs.push_back(std::move(p));
  std::vector<RangeExit> exits;
  {
    FuncState b;
    beginFunc(b, bp, s);
    b.rangeLoop = s;
    b.rangeState = state;
    bp->sig = yt;
    std::vector<int> params;
    for (const Type* t : yu->params) {
      params.push_back(newReg(isRefType(t)));
      bp->paramIsRef.push_back(isRefType(t));
    }
    bp->nparams = static_cast<uint16_t>(params.size());
    b.resultTypes = {tt_.basic(TypeKind::Bool)};
    bp->nresults = 1;
    bp->resultIsRef.push_back(0);
    setLine(s->pos.line);
    // Go's runtime check: the body runs only while the loop is READY
    {
      Operand st = readVar(state, s->x);
      int stReg = newReg(false);
      emit(Op::MOVE, stReg, st.reg);
      size_t notReady = jumpUnlessEqual(*this, stReg, kReady);
      size_t ok = emitJump(Op::JMP);
      patchHere(notReady);
      struct { int state; const char* msg; } checks[] = {
          {kDone, "range function continued iteration after function for loop body returned false"},
          {kPanic, "range function continued iteration after loop body panic"},
      };
      for (auto& ch : checks) {
        size_t skip = jumpUnlessEqual(*this, stReg, ch.state);
        emit(Op::PANIC_MSG, 0, stringConst(ch.msg), 1);
        patchHere(skip);
      }
      emit(Op::PANIC_MSG, 0, stringConst("range function continued iteration after whole loop exit"), 1);
      patchHere(ok);
      setInt(*this, state, kPanic);
    }
    openScope();
    Expr* targets[2] = {s->key, s->value};
    Expr* used[2] = {ke, ve};
    for (size_t i = 0; i < 2 && i < params.size(); i++) {
      if (!used[i]) continue;
      Expr* t = targets[i];
      while (t->kind == NodeKind::ParenExpr) t = t->as<ParenExpr>()->x;
      Operand v{params[i], false, false};
      if (define && t->kind == NodeKind::Ident && t->as<Ident>()->symbol) storeVar(t->as<Ident>()->symbol, v, yu->params[i], true);
      else assignTo(targets[i], v, yu->params[i]);
    }
    stmt(s->body);
    closeScope();
    setInt(*this, state, kReady);
    returnBool(*this, true);
    if (!b.gotoFixups.empty()) error(s, "internal: unresolved goto in a range-over-func loop body");
    exits = b.rangeExits;
    endFunc();
  }

  // ---- the call
  setLine(s->pos.line);
  Operand clo = closureOf(bp, s);
  int args = block({yt});
  emit(Op::MOVE_REF, args, clo.reg);
  emit(Op::CALL_CLOSURE, 0, itReg, args);
  markArgsNil(args, 1);
  emit(Op::CLEAR_REF, itReg);
  {
    Operand st = readVar(state, s->x);
    size_t fine = jumpUnlessEqual(*this, st.reg, kPanic);
    emit(Op::PANIC_MSG, 0,
         stringConst("range function recovered a loop body panic and did not resume panicking"), 1);
    patchHere(fine);
    setInt(*this, state, kExhausted);
  }

  // ---- non-local exits taken by the body
  if (!exits.empty()) {
    Operand nx = readVar(root->rangeNext, s->x);
    int nxReg = newReg(false);
    emit(Op::MOVE, nxReg, nx.reg);
    for (const RangeExit& e : exits) {
      size_t skip = jumpUnlessEqual(*this, nxReg, e.code);
      if (!e.target) {
        if (outermost) {
          if (e.code == kReturnValues) {
            int blk = block(root->resultTypes);
            for (size_t i = 0; i < root->resultTypes.size(); i++) {
              Operand v = readVar(root->rangeResults[i], s->x);
              const Type* t = root->resultTypes[i];
              if (isValueType(t)) emit(Op::CLONE, blk + static_cast<int>(i), v.reg);
              else emit(isRefType(t) ? Op::MOVE_REF : Op::MOVE, blk + static_cast<int>(i), v.reg);
            }
            returnFromBlock(blk);
          } else if (fs->hasDefer || fs->namedResults) {
            fs->returnJumps.push_back(emitJump(Op::JMP));
          } else {
            emit(Op::RET, 0, 0);
          }
        } else {
          setInt(*this, fs->rangeState, kDone);
          returnBool(*this, false);
        }
      } else if (e.isGoto && (!fs->rangeLoop || blockContains(fs->rangeLoop->body, e.target))) {
        setInt(*this, root->rangeNext, 0);
        auto lp = fs->labelPc.find(e.target);
        if (lp != fs->labelPc.end()) emitJumpTo(Op::JMP, 0, static_cast<size_t>(lp->second));
        else fs->gotoFixups.emplace_back(emitJump(Op::JMP), e.target);
      } else if (branchesContain(fs, e.target)) {
        setInt(*this, root->rangeNext, 0);
        for (size_t i = fs->branches.size(); i-- > 0;) {
          if (fs->branches[i].node != e.target) continue;
          if (e.isContinue) fs->branches[i].continues.push_back(emitJump(Op::JMP));
          else fs->branches[i].breaks.push_back(emitJump(Op::JMP));
          break;
        }
      } else if (fs->rangeLoop && e.target == fs->rangeLoop) {
        setInt(*this, root->rangeNext, 0);
        setInt(*this, fs->rangeState, e.isContinue ? kReady : kDone);
        returnBool(*this, e.isContinue);
      } else {
        setInt(*this, fs->rangeState, kDone);
        returnBool(*this, false);
      }
      patchHere(skip);
    }
  }
  if (outermost) {
    root->rangeNext = savedNext;
    root->rangeDefers = savedDefers;
    root->rangeResults = savedResults;
  }
}

// break/continue inside a body whose target is not inside the body.
bool Compiler::rangeBodyBranch(BranchStmt* s, bool isBreak) {
  const Node* target = s->target ? s->target : fs->rangeLoop;
  if (target == fs->rangeLoop) {
    setInt(*this, fs->rangeState, isBreak ? kDone : kReady);
    returnBool(*this, !isBreak);
    return true;
  }
  FuncState* root = rangeRoot(fs);
  auto key = std::make_pair(target, !isBreak);
  auto it = root->rangeCodes.find(key);
  int code = it != root->rangeCodes.end() ? it->second : kFirstBranch + static_cast<int>(root->rangeCodes.size());
  root->rangeCodes[key] = code;
  bool found = false;
  for (FuncState* f = fs; f->rangeLoop; f = f->parent) {
    addExit(f->rangeExits, RangeExit{code, target, !isBreak});
    FuncState* up = f->parent;
    if (up->rangeLoop == target || branchesContain(up, target)) {
      found = true;
      break;
    }
  }
  if (!found) return false;
  setInt(*this, root->rangeNext, code);
  setInt(*this, fs->rangeState, kDone);
  returnBool(*this, false);
  return true;
}

// goto inside a body whose label is outside it: like a labeled break.
bool Compiler::rangeBodyGoto(BranchStmt* s) {
  const Node* target = s->target;
  if (!target || blockContains(fs->rangeLoop->body, target)) return false;
  FuncState* root = rangeRoot(fs);
  auto key = std::make_pair(target, false);
  auto it = root->rangeCodes.find(key);
  int code = it != root->rangeCodes.end() ? it->second : kFirstBranch + static_cast<int>(root->rangeCodes.size());
  root->rangeCodes[key] = code;
  for (FuncState* f = fs; f->rangeLoop; f = f->parent) {
    addExit(f->rangeExits, RangeExit{code, target, false, true});
    FuncState* up = f->parent;
    if (!up->rangeLoop || blockContains(up->rangeLoop->body, target)) break;
  }
  setInt(*this, root->rangeNext, code);
  setInt(*this, fs->rangeState, kDone);
  returnBool(*this, false);
  return true;
}

// return inside a body: keep the values in #rv, stop every enclosing loop.
void Compiler::rangeBodyReturn(ReturnStmt* s) {
  FuncState* root = rangeRoot(fs);
  int code = kReturnBare;
  if (!s->results.empty()) {
    code = kReturnValues;
    int blk = returnValues(s, root->resultTypes);
    for (size_t i = 0; i < root->resultTypes.size(); i++)
      storeVar(root->rangeResults[i], Operand{blk + static_cast<int>(i), true, true}, root->resultTypes[i], false);
  }
  for (FuncState* f = fs; f->rangeLoop; f = f->parent) addExit(f->rangeExits, RangeExit{code, nullptr, false});
  setInt(*this, root->rangeNext, code);
  setInt(*this, fs->rangeState, kDone);
  returnBool(*this, false);
}

}  // namespace heapscope
