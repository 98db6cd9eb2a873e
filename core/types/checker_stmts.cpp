// Statements and function bodies: scopes, assignments and short variable
// declarations, control flow (if/for/range/switch/type switch/select),
// labels and branches, go/defer, return and the "missing return" analysis.
#include "types/checker_impl.h"

namespace heapscope {

static Expr* makeNode(File* f, BinaryExpr proto) {
  return f->arena.make<BinaryExpr>(proto.pos, proto.op, proto.x, proto.y, proto.opPos);
}

void Checker::checkFuncBody(Symbol* s, FuncDecl* fd) {
  if (!fd->body) {
    if (pkg->path == "main") error(fd->name->pos, "missing function body");
    return;
  }
  s->bodyChecked = true;
  curFile = decls[s].file ? decls[s].file : curFile;
  Scope* saved = scope;
  scope = fileScopes.count(curFile) ? fileScopes[curFile] : &pkg->scope;
  pushScope();
  // type parameters (function's and receiver's)
  if (fd->type->typeParams)
    for (Field* f : fd->type->typeParams->list)
      for (Ident* id : f->names) if (id->symbol) scope->names[id->name] = id->symbol;
  std::vector<Symbol*> params, results;
  if (fd->recv && !fd->recv->list.empty()) {
    Field* rf = fd->recv->list[0];
    Expr* t = rf->typeExpr;
    while (t && (t->kind == NodeKind::ParenExpr || t->kind == NodeKind::StarExpr))
      t = t->kind == NodeKind::ParenExpr ? t->as<ParenExpr>()->x : t->as<StarExpr>()->x;
    if (t && t->kind == NodeKind::IndexExpr)
      for (Expr* i : t->as<IndexExpr>()->indices)
        if (i->kind == NodeKind::Ident && i->as<Ident>()->symbol) scope->names[i->as<Ident>()->name] = i->as<Ident>()->symbol;
    // the receiver type, with receiver type parameters bound to the base type's
    const Type* rt;
    if (t && t->kind == NodeKind::IndexExpr && s->recvBase && s->recvBase->type) {
      const Type* base = s->recvBase->type;
      rt = tt.instantiate(base, base->typeParams);
      t->mode = ExprMode::TypeExpr;
      t->type = rt;
      t->as<IndexExpr>()->typeArgs = base->typeParams;
      if (s->ptrRecv) rt = tt.pointerTo(rt);
      rf->typeExpr->mode = ExprMode::TypeExpr;
      rf->typeExpr->type = rt;
    } else {
      rt = typeExpr(rf->typeExpr);
    }
    if (!rf->names.empty()) {
      Ident* id = rf->names[0];
      Symbol* rs = tt.newSymbol(SymbolKind::Var, id->name, id->pos);
      rs->type = rt;
      rs->isParam = true;
      rs->decl = rf;
      id->symbol = rs;
      params.push_back(rs);
    }
  }
  for (Field* f : fd->type->params->list)
    for (Ident* id : f->names) if (id->symbol) params.push_back(id->symbol);
  bool named = false;
  if (fd->type->results)
    for (Field* f : fd->type->results->list)
      for (Ident* id : f->names) { if (id->symbol) results.push_back(id->symbol); named = true; }
  checkFuncBodyCommon(fd, nullptr, s->type, fd->body, params, results, named);
  popScope(false);
  scope = saved;
}

static void collectLabelsRec(Checker& c, Stmt* s, FuncCtx* fn, int depth);

static void collectLabelsList(Checker& c, const std::vector<Stmt*>& list, FuncCtx* fn, int depth) {
  for (Stmt* s : list) collectLabelsRec(c, s, fn, depth + 1);
}

static void collectLabelsRec(Checker& c, Stmt* s, FuncCtx* fn, int depth) {
  if (!s || depth > kMaxCheckDepth) return;
  switch (s->kind) {
    case NodeKind::LabeledStmt: {
      LabeledStmt* ls = s->as<LabeledStmt>();
      const std::string& n = ls->label->name;
      if (n != "_") {
        auto it = fn->labels.find(n);
        if (it != fn->labels.end()) {
          c.error(ls->label->pos, "label " + n + " already defined at " + c.posText(it->second->pos));
        } else {
          fn->labels[n] = ls;
          fn->labelUsed[n] = false;
        }
      }
      collectLabelsRec(c, ls->stmt, fn, depth + 1);
      break;
    }
    case NodeKind::BlockStmt: collectLabelsList(c, s->as<BlockStmt>()->list, fn, depth); break;
    case NodeKind::IfStmt: {
      IfStmt* is = s->as<IfStmt>();
      collectLabelsRec(c, is->body, fn, depth + 1);
      collectLabelsRec(c, is->els, fn, depth + 1);
      break;
    }
    case NodeKind::ForStmt: collectLabelsRec(c, s->as<ForStmt>()->body, fn, depth + 1); break;
    case NodeKind::RangeStmt: collectLabelsRec(c, s->as<RangeStmt>()->body, fn, depth + 1); break;
    case NodeKind::SwitchStmt: collectLabelsRec(c, s->as<SwitchStmt>()->body, fn, depth + 1); break;
    case NodeKind::TypeSwitchStmt: collectLabelsRec(c, s->as<TypeSwitchStmt>()->body, fn, depth + 1); break;
    case NodeKind::SelectStmt: collectLabelsRec(c, s->as<SelectStmt>()->body, fn, depth + 1); break;
    case NodeKind::CaseClause: collectLabelsList(c, s->as<CaseClause>()->body, fn, depth); break;
    case NodeKind::CommClause: collectLabelsList(c, s->as<CommClause>()->body, fn, depth); break;
    default: break;
  }
}

void Checker::checkFuncBodyCommon(Node* decl, FuncLit* lit, const Type* sig, BlockStmt* body,
                                  const std::vector<Symbol*>& params, const std::vector<Symbol*>& results, bool namedResults) {
  FuncCtx ctx;
  ctx.decl = decl;
  ctx.lit = lit;
  ctx.sig = sig;
  ctx.parent = fn;
  ctx.results = results;
  ctx.namedResults = namedResults;
  auto savedBranches = std::move(branches);
  branches.clear();
  fn = &ctx;
  if (lit) funcLitDepth++;
  pushScope();
  for (Symbol* p : params) { p->ownerFunc = decl; declareLocal(p, p->pos); }
  for (Symbol* r : results) { r->ownerFunc = decl; declareLocal(r, r->pos); }
  if (body) {
    collectLabelsList(*this, body->list, &ctx, 0);
    checkGotoJumps(*this, body);
    stmtList(body->list);
    if (sig && sig->kind == TypeKind::Func && !sig->results.empty() && !isTerminatingList(body->list))
      error(body->rbrace, "missing return");
  }
  for (auto& [name, used] : ctx.labelUsed)
    if (!used) error(ctx.labels[name]->label->pos, "label " + name + " defined and not used");
  popScope(true);
  if (lit) funcLitDepth--;
  fn = ctx.parent;
  branches = std::move(savedBranches);
}

void Checker::stmtList(const std::vector<Stmt*>& list) {
  for (size_t i = 0; i < list.size(); i++) {
    Stmt* s = list[i];
    if (s->kind == NodeKind::BranchStmt && s->as<BranchStmt>()->tok == Token::Kind::Fallthrough) {
      // a valid fallthrough is consumed by switchStmt; here it is out of place
      error(s->pos, "fallthrough statement out of place");
      continue;
    }
    stmt(s);
  }
}

void Checker::block(BlockStmt* b, bool newScope) {
  if (!b) return;
  if (newScope) pushScope();
  stmtList(b->list);
  if (newScope) popScope();
}

static bool isBuiltinStmtOK(int id) {
  switch (static_cast<BuiltinId>(id)) {
    case BuiltinId::Copy: case BuiltinId::Delete: case BuiltinId::Panic: case BuiltinId::Print:
    case BuiltinId::Println: case BuiltinId::Recover: case BuiltinId::Clear: case BuiltinId::Close:
      return true;
    default:
      return false;
  }
}

void Checker::stmt(Stmt* s) {
  DepthGuard g(*this, s->pos);
  if (!g.ok) return;
  switch (s->kind) {
    case NodeKind::EmptyStmt: case NodeKind::BadStmt: return;
    case NodeKind::BlockStmt: block(s->as<BlockStmt>()); return;
    case NodeKind::ExprStmt: {
      Expr* x = s->as<ExprStmt>()->x;
      expr(x);
      if (x->mode == ExprMode::Invalid) return;
      Expr* u = unparen(x);
      bool ok = false;
      if (u->kind == NodeKind::CallExpr) {
        CallExpr* ce = u->as<CallExpr>();
        ok = ce->callKind != CallKind::Conversion && (ce->callKind != CallKind::Builtin || isBuiltinStmtOK(ce->builtinId));
      } else if (u->kind == NodeKind::UnaryExpr && u->as<UnaryExpr>()->op == Token::Kind::Arrow) {
        ok = true;
      }
      if (!ok) {
        if (x->mode == ExprMode::TypeExpr) error(x->pos, gcExprString(x) + " (type) is not an expression");
        else error(x->pos, describe(x) + " is not used");
      }
      return;
    }
    case NodeKind::SendStmt: {
      SendStmt* ss = s->as<SendStmt>();
      rvalue(ss->chan);
      if (ss->chan->mode == ExprMode::Invalid) { rvalue(ss->value); return; }
      const Type* u = coreType(ss->chan->type);
      if (!u || u->kind != TypeKind::Chan) {
        error(s->pos, "invalid operation: cannot send to non-channel " + describe(ss->chan));
        rvalue(ss->value);
        return;
      }
      if (u->dir == ChanDir::Recv) {
        error(s->pos, "invalid operation: cannot send to receive-only channel " + describe(ss->chan));
        rvalue(ss->value);
        return;
      }
      rvalue(ss->value, u->elem);
      assign(ss->value, u->elem, "send");
      return;
    }
    case NodeKind::IncDecStmt: {
      IncDecStmt* is = s->as<IncDecStmt>();
      expr(is->x);
      markReassigned(is->x);
      singleValue(is->x);
      if (is->x->mode == ExprMode::Invalid) return;
      if (!typeSetAll(is->x->type, [](const Type* t) { return t->isNumeric(); })) {
        error(is->x->pos, "invalid operation: " + gcExprString(is->x) + std::string(is->tok == Token::Kind::Inc ? "++" : "--") +
                              " (non-numeric type " + typeStr(is->x->type) + ")");
        return;
      }
      if (is->x->mode != ExprMode::Variable && is->x->mode != ExprMode::MapIndex) {
        error(is->x->pos, "cannot assign to " + gcExprString(is->x) + " (neither addressable nor a map index expression)");
      }
      return;
    }
    case NodeKind::AssignStmt: assignStmt(s->as<AssignStmt>()); return;
    case NodeKind::GoStmt: goDeferCall(s->as<GoStmt>()->call, "go"); return;
    case NodeKind::DeferStmt: goDeferCall(s->as<DeferStmt>()->call, "defer"); return;
    case NodeKind::ReturnStmt: returnStmt(s->as<ReturnStmt>()); return;
    case NodeKind::BranchStmt: branchStmt(s->as<BranchStmt>()); return;
    case NodeKind::IfStmt: ifStmt(s->as<IfStmt>()); return;
    case NodeKind::ForStmt: forStmt(s->as<ForStmt>()); return;
    case NodeKind::RangeStmt: rangeStmt(s->as<RangeStmt>()); return;
    case NodeKind::SwitchStmt: switchStmt(s->as<SwitchStmt>()); return;
    case NodeKind::TypeSwitchStmt: typeSwitchStmt(s->as<TypeSwitchStmt>()); return;
    case NodeKind::SelectStmt: selectStmt(s->as<SelectStmt>()); return;
    case NodeKind::LabeledStmt: labeledStmt(s->as<LabeledStmt>()); return;
    case NodeKind::DeclStmt: declStmt(s->as<DeclStmt>()); return;
    default:
      error(s->pos, "invalid statement");
      return;
  }
}

void Checker::goDeferCall(CallExpr* ce, const char* what) {
  if (!ce) return;
  expr(ce);
  if (ce->mode == ExprMode::Invalid) return;
  if (ce->callKind == CallKind::Conversion) {
    error(ce->pos, std::string(what) + " requires function call, not conversion");
    return;
  }
  if (ce->callKind == CallKind::Builtin && !isBuiltinStmtOK(ce->builtinId)) {
    error(ce->pos, std::string(what) + " discards result of " + gcExprString(ce));
  }
}

// ------------------------------------------------------------------ assignments
// A variable assigned after its declaration: the compiler shares it with
// closures through a cell; one never reassigned is captured by value.
void Checker::markReassigned(Expr* target) {
  Expr* u = target ? unparen(target) : nullptr;
  if (!u || u->kind != NodeKind::Ident) return;
  Symbol* s = u->as<Ident>()->symbol;
  if (!s || s->kind != SymbolKind::Var) return;
  if (checkingForPost_ && checkingForPost_->init && s->decl == checkingForPost_->init) {
    forPostAssigned_.push_back(s);
    return;
  }
  s->reassigned = true;
}

const Type* Checker::lhsExpr(Expr* lhs) {
  Expr* u = unparen(lhs);
  if (u->kind == NodeKind::Ident && u->as<Ident>()->name == "_") {
    u->mode = ExprMode::Variable;
    u->type = nullptr;
    lhs->mode = ExprMode::Variable;
    return nullptr;
  }
  if (u->kind == NodeKind::Ident) {
    ident(u->as<Ident>(), true);
    markReassigned(u);
    if (u != lhs) { lhs->mode = u->mode; lhs->type = u->type; }
  } else {
    expr(lhs);
  }
  if (lhs->mode == ExprMode::Invalid) return tt.basic(TypeKind::Invalid);
  if (lhs->mode == ExprMode::Variable || lhs->mode == ExprMode::MapIndex) return lhs->type;
  // struct field of a map element
  if (u->kind == NodeKind::SelectorExpr) {
    SelectorExpr* se = u->as<SelectorExpr>();
    if (unparen(se->x)->mode == ExprMode::MapIndex) {
      error(lhs->pos, "cannot assign to struct field " + gcExprString(lhs) + " in map");
      return tt.basic(TypeKind::Invalid);
    }
  }
  if (lhs->mode == ExprMode::TypeExpr || lhs->mode == ExprMode::Builtin || lhs->mode == ExprMode::NoValue) {
    error(lhs->pos, "cannot assign to " + gcExprString(lhs) + " (neither addressable nor a map index expression)");
    return tt.basic(TypeKind::Invalid);
  }
  error(lhs->pos, "cannot assign to " + gcExprString(lhs) + " (neither addressable nor a map index expression)");
  return tt.basic(TypeKind::Invalid);
}

static std::string plural(size_t n, const char* what) {
  return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

// Expands the right-hand side of an n:1 assignment into n types (tuple,
// comma-ok). Reports count mismatches; returns false then.
static bool expandRhs(Checker& c, size_t nl, Expr* rhs, std::vector<const Type*>& types, Pos at, bool isReturn) {
  (void)isReturn;
  c.expr(rhs);
  if (rhs->mode == ExprMode::Invalid) return false;
  if (rhs->type && rhs->type->kind == TypeKind::Tuple) {
    types = rhs->type->elems;
  } else if (nl == 2 && (rhs->mode == ExprMode::CommaOk || rhs->mode == ExprMode::MapIndex)) {
    types = {rhs->type, c.tt.basic(TypeKind::Bool)};
    return true;
  } else {
    c.singleValue(rhs);
    if (rhs->mode == ExprMode::Invalid) return false;
    types = {rhs->type};
  }
  if (types.size() != nl) {
    std::string msg = "assignment mismatch: " + plural(nl, "variable") + " but ";
    Expr* u = c.unparen(rhs);
    if (u->kind == NodeKind::CallExpr) msg += gcExprString(u->as<CallExpr>()->fun) + " returns " + plural(types.size(), "value");
    else msg += plural(types.size(), "value");
    c.error(at, msg);
    return false;
  }
  return true;
}

void Checker::assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs, Pos at, bool isDefine, AssignStmt* as) {
  (void)isDefine;
  (void)as;
  if (lhs.size() == rhs.size()) {
    std::vector<const Type*> lt;
    for (Expr* l : lhs) lt.push_back(lhsExpr(l));
    for (size_t i = 0; i < rhs.size(); i++) {
      rvalue(rhs[i], lt[i]);
      if (rhs[i]->mode == ExprMode::Invalid) continue;
      if (lt[i]) {
        assign(rhs[i], lt[i], "assignment");
      } else {
        if (rhs[i]->type->kind == TypeKind::UntypedNil) error(rhs[i]->pos, "use of untyped nil in assignment");
        else defaultUntyped(rhs[i]);
      }
    }
    return;
  }
  if (rhs.size() == 1) {
    std::vector<const Type*> lt;
    for (Expr* l : lhs) lt.push_back(lhsExpr(l));
    std::vector<const Type*> types;
    // go/types reports count mismatches at the start of the right-hand side
    if (!expandRhs(*this, lhs.size(), rhs[0], types, rhs[0]->pos, false)) return;
    for (size_t i = 0; i < lhs.size(); i++) {
      if (!lt[i] || lt[i]->kind == TypeKind::Invalid) continue;
      if (i == 0 && types.size() == 2 && (rhs[0]->mode == ExprMode::CommaOk || rhs[0]->mode == ExprMode::MapIndex) &&
          rhs[0]->type->kind != TypeKind::Tuple) {
        assign(rhs[0], lt[0], "assignment");
        continue;
      }
      if (i == 1 && rhs[0]->type->kind != TypeKind::Tuple) {
        if (!lt[1]->isBoolean()) error(lhs[1]->pos, "cannot use " + gcExprString(rhs[0]) + " (untyped bool value) as " + typeStr(lt[1]) + " value in assignment");
        continue;
      }
      if (!assignableTo(types[i], lt[i]))
        error(rhs[0]->pos, "cannot use " + gcExprString(rhs[0]) + " (value of type " + typeStr(types[i]) + ") as " + typeStr(lt[i]) + " value in assignment");
    }
    return;
  }
  for (Expr* l : lhs) lhsExpr(l);
  for (Expr* r : rhs) expr(r);
  (void)at;
  error(rhs[0]->pos, "assignment mismatch: " + plural(lhs.size(), "variable") + " but " + plural(rhs.size(), "value"));
}

void Checker::shortVarDecl(AssignStmt* as) {
  // rhs first: new variables are not in scope in their own initializers
  std::vector<const Type*> types;
  bool ok = true;
  if (as->lhs.size() == as->rhs.size()) {
    for (Expr* r : as->rhs) {
      rvalue(r);
      types.push_back(r->type);
    }
  } else if (as->rhs.size() == 1) {
    ok = expandRhs(*this, as->lhs.size(), as->rhs[0], types, as->rhs[0]->pos, false);
  } else {
    for (Expr* r : as->rhs) expr(r);
    error(as->rhs[0]->pos, "assignment mismatch: " + plural(as->lhs.size(), "variable") + " but " + plural(as->rhs.size(), "value"));
    ok = false;
  }
  as->isNew.assign(as->lhs.size(), false);
  std::vector<Symbol*> newSyms;
  bool anyNew = false;
  std::set<std::string> seen;
  for (size_t i = 0; i < as->lhs.size(); i++) {
    Expr* l = as->lhs[i];
    if (l->kind != NodeKind::Ident) {
      expr(l);
      error(l->pos, "non-name " + gcExprString(l) + " on left side of :=");
      ok = false;
      newSyms.push_back(nullptr);
      continue;
    }
    Ident* id = l->as<Ident>();
    if (id->name != "_" && seen.count(id->name)) {
      error(id->pos, id->name + " repeated on left side of :=");
      newSyms.push_back(nullptr);
      continue;
    }
    seen.insert(id->name);
    if (id->name == "_") {
      id->mode = ExprMode::Variable;
      newSyms.push_back(nullptr);
      if (ok && i < types.size() && as->lhs.size() == as->rhs.size()) {
        if (types[i] && types[i]->kind == TypeKind::UntypedNil) error(as->rhs[i]->pos, "use of untyped nil in assignment");
        else defaultUntyped(as->rhs[i]);
      }
      continue;
    }
    Symbol* existing = scope->lookupLocal(id->name);
    if (existing && existing->kind == SymbolKind::Var) {
      id->symbol = existing;
      existing->reassigned = true;
      id->mode = ExprMode::Variable;
      id->type = existing->type;
      newSyms.push_back(nullptr);
      if (ok && i < types.size()) {
        if (as->lhs.size() == as->rhs.size()) assign(as->rhs[i], existing->type, "assignment");
        else if (types[i] && !assignableTo(types[i], existing->type) && !(i == 1 && types.size() == 2 && types[1]->isBoolean()))
          error(as->rhs[0]->pos, "cannot use " + gcExprString(as->rhs[0]) + " (value of type " + typeStr(types[i]) + ") as " +
                                     typeStr(existing->type) + " value in assignment");
      }
      continue;
    }
    anyNew = true;
    as->isNew[i] = true;
    Symbol* s = tt.newSymbol(SymbolKind::Var, id->name, id->pos);
    s->decl = as;
    const Type* t = tt.basic(TypeKind::Invalid);
    if (ok && i < types.size() && types[i]) {
      t = types[i];
      if (as->lhs.size() == as->rhs.size()) {
        Expr* r = as->rhs[i];
        if (r->mode != ExprMode::Invalid) {
          if (t->kind == TypeKind::UntypedNil) { error(r->pos, "use of untyped nil in assignment"); t = tt.basic(TypeKind::Invalid); }
          else if (r->mode == ExprMode::Constant && t->isUntyped()) {
            // gc: "cannot use 1 << 64 (untyped int constant …) as int value in assignment (overflows)"
            t = defaultType(t);
            assign(r, t, "assignment");
          } else { defaultUntyped(r); t = r->type; }
        }
      } else if (t->isUntyped()) {
        t = defaultType(t);
      }
    }
    s->type = t;
    id->symbol = s;
    id->mode = ExprMode::Variable;
    id->type = t;
    newSyms.push_back(s);
  }
  if (!anyNew && ok) error(as->tokPos, "no new variables on left side of :=");
  for (Symbol* s : newSyms) if (s) declareLocal(s, s->pos);
}

void Checker::assignStmt(AssignStmt* as) {
  using K = Token::Kind;
  if (as->tok == K::Define) { shortVarDecl(as); return; }
  if (as->tok == K::Assign) { assignVars(as->lhs, as->rhs, as->lhs.empty() ? as->pos : as->lhs[0]->pos, false, as); return; }
  // op-assign: x op= y
  if (as->lhs.size() != 1 || as->rhs.size() != 1) {
    error(as->tokPos, "assignment operation " + std::string(tokenSpelling(as->tok)) + " requires single-valued expressions");
    return;
  }
  K op;
  switch (as->tok) {
    case K::AddAssign: op = K::Add; break;
    case K::SubAssign: op = K::Sub; break;
    case K::MulAssign: op = K::Mul; break;
    case K::QuoAssign: op = K::Quo; break;
    case K::RemAssign: op = K::Rem; break;
    case K::AndAssign: op = K::And; break;
    case K::OrAssign: op = K::Or; break;
    case K::XorAssign: op = K::Xor; break;
    case K::ShlAssign: op = K::Shl; break;
    case K::ShrAssign: op = K::Shr; break;
    default: op = K::AndNot; break;
  }
  Expr* l = as->lhs[0];
  Expr* r = as->rhs[0];
  BinaryExpr proto(l->pos, op, l, r, as->tokPos);
  BinaryExpr* be = static_cast<BinaryExpr*>(makeNode(curFile, proto));
  binary(be, nullptr);
  markReassigned(l);
  if (be->mode == ExprMode::Invalid) return;
  if (l->mode != ExprMode::Variable && l->mode != ExprMode::MapIndex) {
    error(l->pos, "cannot assign to " + gcExprString(l) + " (neither addressable nor a map index expression)");
    return;
  }
  if (be->type->isUntyped()) convertUntyped(be, l->type);
}

void Checker::declStmt(DeclStmt* ds) {
  if (!ds->decl || ds->decl->kind != NodeKind::GenDecl) return;
  GenDecl* gd = ds->decl->as<GenDecl>();
  if (gd->tok == Token::Kind::Type) {
    for (Spec* sp : gd->specs) {
      TypeSpec* ts = sp->as<TypeSpec>();
      Symbol* s = tt.newSymbol(SymbolKind::TypeName, ts->name->name, ts->name->pos);
      s->pkg = pkg;
      s->decl = ts;
      ts->name->symbol = s;
      if (ts->typeParams) error(ts->pos, "generic type cannot be declared inside a function");  // gc: not supported in local scope
      if (!ts->isAlias) s->type = tt.newNamed(ts->name->name, pkg, s);
      declareLocal(s, ts->name->pos);
      s->used = true;
      resolveTypeDecl(s, ts);
      localTypes.push_back(s);
    }
    return;
  }
  Expr* lastType = nullptr;
  std::vector<Expr*>* lastValues = nullptr;
  int iota = 0;
  for (Spec* sp : gd->specs) {
    localValueSpec(sp->as<ValueSpec>(), gd->tok, iota, lastType, lastValues);
    iota++;
  }
}

void Checker::localValueSpec(ValueSpec* vs, Token::Kind tok, int iota, Expr*& lastType, std::vector<Expr*>*& lastValues) {
  if (tok == Token::Kind::Const) {
    if (!vs->values.empty() || vs->typeExpr) { lastType = vs->typeExpr; lastValues = &vs->values; }
    std::vector<Symbol*> syms;
    for (size_t i = 0; i < vs->names.size(); i++) {
      Ident* id = vs->names[i];
      Symbol* s = tt.newSymbol(SymbolKind::Const, id->name, id->pos);
      s->pkg = pkg;
      s->decl = vs;
      id->symbol = s;
      DeclInfo d;
      d.file = curFile;
      d.vspec = vs;
      d.index = static_cast<int>(i);
      d.constType = lastType;
      d.constValues = lastValues;
      d.iota = iota;
      if (!lastValues) error(id->pos, "missing init expr for const declaration");
      int savedIota = iotaValue;
      resolveConst(s, d);
      iotaValue = savedIota;
      syms.push_back(s);
    }
    if (lastValues && vs->names.size() < lastValues->size() && !vs->values.empty())
      error(vs->values[vs->names.size()]->pos, "extra init expr");
    for (Symbol* s : syms) { declareLocal(s, s->pos); s->used = true; }
    return;
  }
  // var
  const Type* t = vs->typeExpr ? typeExpr(vs->typeExpr) : nullptr;
  if (t) validVarType(vs->typeExpr, t);
  std::vector<Symbol*> syms;
  for (Ident* id : vs->names) {
    Symbol* s = tt.newSymbol(SymbolKind::Var, id->name, id->pos);
    s->decl = vs;
    s->type = t ? t : tt.basic(TypeKind::Invalid);
    id->symbol = s;
    syms.push_back(s);
  }
  if (!vs->values.empty()) {
    if (vs->values.size() == vs->names.size()) {
      for (size_t i = 0; i < vs->values.size(); i++) {
        Expr* e = vs->values[i];
        rvalue(e, t);
        if (e->mode == ExprMode::Invalid) continue;
        if (t) {
          declTypeSpelling_ = spelledTypeOf(vs->typeExpr);
          assign(e, t, "variable declaration");
          declTypeSpelling_.clear();
        } else if (e->type->kind == TypeKind::UntypedNil) {
          error(e->pos, "use of untyped nil in variable declaration");
        } else if (e->mode == ExprMode::Constant && e->type->isUntyped()) {
          // gc words an overflowing default type as an assignment error
          const Type* dt = defaultType(e->type);
          assign(e, dt, "variable declaration");
          syms[i]->type = dt;
        } else {
          defaultUntyped(e);
          syms[i]->type = e->type;
        }
      }
    } else if (vs->values.size() == 1) {
      std::vector<const Type*> types;
      if (expandRhs(*this, vs->names.size(), vs->values[0], types, vs->names[0]->pos, false)) {
        for (size_t i = 0; i < syms.size(); i++) {
          if (t) {
            if (!assignableTo(types[i], t) && !(i == 1 && types.size() == 2 && types[1]->isBoolean() && t->isBoolean()))
              error(vs->values[0]->pos, "cannot use " + gcExprString(vs->values[0]) + " (value of type " + typeStr(types[i]) +
                                            ") as " + typeStr(t) + " value in assignment");
          } else {
            syms[i]->type = types[i]->isUntyped() ? defaultType(types[i]) : types[i];
          }
        }
      }
    } else {
      for (Expr* e : vs->values) expr(e);
      error(vs->names[0]->pos, "assignment mismatch: " + plural(vs->names.size(), "variable") + " but " + plural(vs->values.size(), "value"));
    }
  }
  for (size_t i = 0; i < syms.size(); i++) declareLocal(syms[i], syms[i]->pos);
}

// ------------------------------------------------------------------ return
void Checker::returnStmt(ReturnStmt* rs) {
  if (!fn || !fn->sig || fn->sig->kind != TypeKind::Func) return;
  const auto& want = fn->sig->results;
  auto& res = rs->results;
  if (res.empty()) {
    if (!want.empty() && !fn->namedResults) {
      error(rs->pos, "not enough return values\n\thave ()\n\twant " + typesSummaryPublic(want));
    }
    // A bare return returns the named results: each must be what its name
    // means here, not hidden by an inner declaration.
    for (Symbol* r : fn->results) {
      if (!r || r->name == "_" || !scope) continue;
      Symbol* seen = scope->lookup(r->name);
      if (!seen || seen == r) continue;
      error(rs->pos, "result parameter " + r->name + " not in scope at return\n\t" + posText(seen->pos) +
                         ": inner declaration of var " + r->name + " " + typeStr(seen->type));
      break;
    }
    return;
  }
  std::vector<const Type*> have;
  if (res.size() == 1 && want.size() != 1) {
    expr(res[0]);
    if (res[0]->mode == ExprMode::Invalid) return;
    if (res[0]->type && res[0]->type->kind == TypeKind::Tuple) {
      have = res[0]->type->elems;
      if (have.size() == want.size()) {
        for (size_t i = 0; i < have.size(); i++)
          if (!assignableTo(have[i], want[i])) {
            error(res[0]->pos, "cannot use " + gcExprString(res[0]) + " (value of type " + typeStr(res[0]->type) + ") as " +
                                   typeStr(want[i]) + " value in return statement");
            return;
          }
        return;
      }
    } else {
      singleValue(res[0]);
      have = {res[0]->type};
    }
  } else {
    for (size_t i = 0; i < res.size(); i++) {
      rvalue(res[i], i < want.size() ? want[i] : nullptr);
      have.push_back(res[i]->type);
    }
    for (Expr* e : res) if (e->mode == ExprMode::Invalid) return;
    if (res.size() == want.size()) {
      for (size_t i = 0; i < res.size(); i++) assign(res[i], want[i], "return statement");
      return;
    }
  }
  if (want.empty()) {
    error(res[0]->pos, "too many return values\n\thave " + typesSummaryPublic(have) + "\n\twant ()");
    return;
  }
  bool tooMany = have.size() > want.size();
  // types2: first extra value, else last value (a spread call counts as its call)
  error(tooMany ? res[want.size() < res.size() ? want.size() : 0]->pos : res.back()->pos,
        std::string(tooMany ? "too many" : "not enough") + " return values\n\thave " + typesSummaryPublic(have) + "\n\twant " +
            typesSummaryPublic(want));
}

std::string Checker::typesSummaryPublic(const std::vector<const Type*>& ts) {
  std::string s = "(";
  for (size_t i = 0; i < ts.size(); i++) {
    if (i) s += ", ";
    const Type* t = ts[i];
    if (!t || t->kind == TypeKind::Invalid) { s += "unknown type"; continue; }
    if (t->isUntyped()) {
      if (t->isNumeric()) s += "number";
      else { std::string n = t->str(false); s += n.substr(n.find(' ') + 1); }
      continue;
    }
    s += typeStr(t);
  }
  return s + ")";
}

// ------------------------------------------------------------------ control flow
static void condition(Checker& c, Expr* cond, const char* where) {
  c.rvalue(cond);
  if (cond->mode == ExprMode::Invalid) return;
  if (!c.typeSetAll(cond->type, [](const Type* t) { return t->isBoolean(); })) {
    c.error(cond->pos, std::string("non-boolean condition in ") + where + " statement");
    return;
  }
  c.defaultUntyped(cond);
}

void Checker::ifStmt(IfStmt* is) {
  pushScope();
  if (is->init) stmt(is->init);
  if (is->cond) condition(*this, is->cond, "if");
  block(is->body);
  if (is->els) stmt(is->els);
  popScope();
}

static std::string takeLabel(std::string& pending) {
  std::string l = pending;
  pending.clear();
  return l;
}

void Checker::forStmt(ForStmt* fs) {
  std::string label = takeLabel(pendingLabel);
  pushScope();
  if (fs->init) stmt(fs->init);
  if (fs->cond) condition(*this, fs->cond, "for");
  if (fs->post) {
    if (fs->post->kind == NodeKind::AssignStmt && fs->post->as<AssignStmt>()->tok == Token::Kind::Define)
      error(fs->post->pos, "cannot declare in post statement of for loop");
    else {
      ForStmt* outerPost = checkingForPost_;
      bool outerLit = funcLitInForPost_;
      checkingForPost_ = fs;
      funcLitInForPost_ = false;
      forPostAssigned_.clear();
      stmt(fs->post);
      if (funcLitInForPost_)
        for (Symbol* s : forPostAssigned_) s->reassigned = true;
      forPostAssigned_.clear();
      checkingForPost_ = outerPost;
      funcLitInForPost_ = outerLit;
    }
  }
  branches.push_back({fs, true, false, label});
  block(fs->body);
  branches.pop_back();
  popScope();
}

void Checker::rangeStmt(RangeStmt* rs) {
  std::string label = takeLabel(pendingLabel);
  pushScope();
  rvalue(rs->x);
  const Type* kt = nullptr;
  const Type* vt = nullptr;
  int maxVars = 2;
  bool isFuncRange = false;
  bool ok = rs->x->mode != ExprMode::Invalid;
  if (ok) {
    const Type* xt = rs->x->type;
    const Type* u = coreType(xt);
    if (!u) u = xt->underlying();
    if (u->kind == TypeKind::Pointer && u->elem->underlying()->kind == TypeKind::Array) u = u->elem->underlying();
    switch (u->kind) {
      case TypeKind::String: case TypeKind::UntypedString:
        kt = tt.basic(TypeKind::Int);
        vt = tt.basic(TypeKind::Int32);
        if (xt->isUntyped()) convertUntyped(rs->x, tt.basic(TypeKind::String));
        break;
      case TypeKind::Array: case TypeKind::Slice:
        kt = tt.basic(TypeKind::Int);
        vt = u->elem;
        break;
      case TypeKind::Map:
        kt = u->key;
        vt = u->elem;
        break;
      case TypeKind::Chan:
        if (u->dir == ChanDir::Send) {
          error(rs->x->pos, "invalid operation: range " + gcExprString(rs->x) + " receive from send-only channel " + typeStr(xt));
          ok = false;
        }
        kt = u->elem;
        maxVars = 1;
        break;
      case TypeKind::Func: {
        // range-over-func: func(yield func(...) bool)
        bool good = u->params.size() == 1 && u->results.empty();
        const Type* y = good ? u->params[0]->underlying() : nullptr;
        good = good && y->kind == TypeKind::Func && y->params.size() <= 2 && y->results.size() == 1 &&
               y->results[0]->underlying()->kind == TypeKind::Bool;
        if (!good) {
          error(rs->x->pos, "cannot range over " + describe(rs->x));
          ok = false;
          break;
        }
        maxVars = static_cast<int>(y->params.size());
        isFuncRange = true;
        if (maxVars >= 1) kt = y->params[0];
        if (maxVars >= 2) vt = y->params[1];
        break;
      }
      default:
        if (u->isInteger()) {
          if (xt->isUntyped()) convertUntyped(rs->x, tt.basic(TypeKind::Int));
          kt = rs->x->type;
          maxVars = 1;
          break;
        }
        error(rs->x->pos, "cannot range over " + describe(rs->x));
        ok = false;
        break;
    }
  }
  // Range-over-func: the compiler turns the body into a closure passed to
  // the iterator, so the body is a function of its own for variable
  // ownership and captures (owner: the RangeStmt), while returns, labels and
  // break/continue keep the enclosing function's meaning.
  std::unique_ptr<FuncCtx> rangeFn;
  if (ok && isFuncRange && fn) {
    rangeFn = std::make_unique<FuncCtx>(*fn);
    rangeFn->decl = rs;
    rangeFn->lit = nullptr;
    rangeFn->parent = fn;
    for (auto& [name, used] : rangeFn->labelUsed) used = false;
    fn = rangeFn.get();
  }
  Expr* vars[2] = {rs->key, rs->value};
  const Type* types[2] = {kt, vt};
  int nvars = rs->value ? 2 : (rs->key ? 1 : 0);
  if (ok && nvars > maxVars) {
    Expr* extra = vars[maxVars];
    if (maxVars == 0) error(extra->pos, "range over " + describe(rs->x) + " permits no iteration variables");
    else error(extra->pos, "range over " + describe(rs->x) + " permits only one iteration variable");
    ok = false;
  }
  if (rs->tok == Token::Kind::Define) {
    std::vector<Symbol*> syms;
    for (int i = 0; i < 2; i++) {
      Expr* v = vars[i];
      if (!v) continue;
      if (v->kind != NodeKind::Ident) {
        error(v->pos, "non-name " + gcExprString(v) + " on left side of :=");
        continue;
      }
      Ident* id = v->as<Ident>();
      id->mode = ExprMode::Variable;
      id->type = (ok && types[i]) ? types[i] : tt.basic(TypeKind::Invalid);
      if (id->name == "_") continue;
      Symbol* s = tt.newSymbol(SymbolKind::Var, id->name, id->pos);
      s->decl = rs;
      s->type = id->type;
      id->symbol = s;
      syms.push_back(s);
    }
    for (Symbol* s : syms) declareLocal(s, s->pos);
  } else if (rs->tok == Token::Kind::Assign) {
    for (int i = 0; i < 2; i++) {
      Expr* v = vars[i];
      if (!v) continue;
      const Type* lt = lhsExpr(v);
      if (ok && lt && types[i] && lt->kind != TypeKind::Invalid && !assignableTo(types[i], lt))
        error(v->pos, "cannot use " + gcExprString(v) + " (value of type " + typeStr(types[i]) + ") as " + typeStr(lt) +
                          " value in range");  // approximate wording
    }
  }
  branches.push_back({rs, true, false, label});
  block(rs->body);
  branches.pop_back();
  if (rangeFn) {
    // labels used only inside the body count for the enclosing function
    for (auto& [name, used] : fn->labelUsed)
      if (used) rangeFn->parent->labelUsed[name] = true;
    fn = rangeFn->parent;
  }
  popScope();
}

void Checker::switchStmt(SwitchStmt* ss) {
  std::string label = takeLabel(pendingLabel);
  pushScope();
  if (ss->init) stmt(ss->init);
  const Type* tagType = tt.basic(TypeKind::Bool);
  Expr* tag = ss->tag;
  if (tag) {
    rvalue(tag);
    if (tag->mode != ExprMode::Invalid) {
      defaultUntyped(tag);
      if (tag->type->kind == TypeKind::UntypedNil) {
        error(tag->pos, "use of untyped nil in switch expression");
        tag->mode = ExprMode::Invalid;
      }
      tagType = tag->type;
    }
  }
  branches.push_back({ss, false, true, label});
  bool seenDefault = false;
  std::map<std::string, Pos> seenConsts;
  auto& clauses = ss->body->list;
  for (size_t ci = 0; ci < clauses.size(); ci++) {
    if (clauses[ci]->kind != NodeKind::CaseClause) continue;
    CaseClause* cc = clauses[ci]->as<CaseClause>();
    if (cc->isDefault || cc->list.empty()) {
      if (seenDefault) error(cc->pos, "multiple defaults in switch");
      seenDefault = true;
    }
    for (Expr* e : cc->list) {
      rvalue(e, tag ? tagType : nullptr);
      if (e->mode == ExprMode::Invalid || (tag && tag->mode == ExprMode::Invalid)) continue;
      if (!tag) {
        if (!e->type->isBoolean()) {
          error(e->pos, "invalid case " + gcExprString(e) + " in switch (mismatched types " + typeStr(e->type) + " and bool)");
          continue;
        }
        defaultUntyped(e);
      } else {
        // the case value is compared with the tag: tag == e
        if (e->type->isUntyped()) {
          if (e->mode == ExprMode::Constant) {
            ConstValue out;
            int code;
            if (!tagType->isInterface() && !representable(e, tagType, &out, &code)) {
              if (code == 3) error(e->pos, "invalid case " + gcExprString(e) + " in switch on " + gcExprString(tag) + " (mismatched types " + typeStr(e->type) + " and " + typeStr(tagType) + ")");
              else error(e->pos, "cannot use " + describe(e) + " as " + typeStr(tagType) + " value in switch case" + (code == 2 ? " (truncated)" : " (overflows)"));
              continue;
            }
          }
          convertUntyped(e, tagType->isInterface() ? defaultType(e->type) : tagType);
          if (e->mode == ExprMode::Invalid) continue;
        }
        std::string why;
        if (e->type != tagType && !assignableMsg(e, tagType, &why) && !assignableMsg(tag, e->type, &why)) {
          error(e->pos, "invalid case " + gcExprString(e) + " in switch on " + gcExprString(tag) + " (mismatched types " +
                            typeStr(e->type) + " and " + typeStr(tagType) + ")");
          continue;
        }
        if (!e->type->isComparable() && e->type->kind != TypeKind::UntypedNil) {
          error(e->pos, "invalid case " + gcExprString(e) + " in switch (can only compare " + kindName(e->type) + " " + gcExprString(e) + " to nil)");
          continue;
        }
      }
      if (e->mode == ExprMode::Constant && e->constant) {
        std::string key = e->constant->str() + "/" + typeStr(e->type);
        auto it = seenConsts.find(key);
        if (it != seenConsts.end()) {
          error(e->pos, "duplicate case " + describe(e) + " in expression switch\n\t" + posText(it->second) + ": previous case");
        } else {
          seenConsts[key] = e->pos;
        }
      }
    }
    pushScope();
    // fallthrough: allowed as the last statement of a non-final clause
    std::vector<Stmt*> body = cc->body;
    if (!body.empty() && body.back()->kind == NodeKind::BranchStmt && body.back()->as<BranchStmt>()->tok == Token::Kind::Fallthrough) {
      BranchStmt* ft = body.back()->as<BranchStmt>();
      body.pop_back();
      stmtList(body);
      if (ci + 1 == clauses.size()) error(ft->pos, "cannot fallthrough final case in switch");
      else ft->target = ss;
    } else {
      stmtList(body);
    }
    popScope();
  }
  branches.pop_back();
  popScope();
}

std::string Checker::kindName(const Type* t) {
  switch (t->underlying()->kind) {
    case TypeKind::Slice: return "slice";
    case TypeKind::Map: return "map";
    case TypeKind::Func: return "func";
    default: return typeStr(t);
  }
}

void Checker::typeSwitchStmt(TypeSwitchStmt* ts) {
  std::string label = takeLabel(pendingLabel);
  pushScope();
  if (ts->init) stmt(ts->init);
  Ident* bind = nullptr;
  TypeAssertExpr* ta = nullptr;
  if (ts->assign && ts->assign->kind == NodeKind::AssignStmt) {
    AssignStmt* as = ts->assign->as<AssignStmt>();
    if (!as->lhs.empty() && as->lhs[0]->kind == NodeKind::Ident) bind = as->lhs[0]->as<Ident>();
    if (!as->rhs.empty() && unparen(as->rhs[0])->kind == NodeKind::TypeAssertExpr) ta = unparen(as->rhs[0])->as<TypeAssertExpr>();
    as->isNew.assign(as->lhs.size(), true);
  } else if (ts->assign && ts->assign->kind == NodeKind::ExprStmt) {
    Expr* x = unparen(ts->assign->as<ExprStmt>()->x);
    if (x->kind == NodeKind::TypeAssertExpr) ta = x->as<TypeAssertExpr>();
  }
  if (!ta) {
    error(ts->pos, "invalid type switch");
    popScope();
    return;
  }
  rvalue(ta->x);
  const Type* xt = ta->x->type;
  bool ok = ta->x->mode != ExprMode::Invalid;
  if (ok && (!xt->isInterface() || isTypeParam(xt))) {
    error(ta->x->pos, describe(ta->x) + " is not an interface");
    ok = false;
  }
  ta->mode = ExprMode::Value;
  ta->type = xt;
  if (bind && bind->name == "_") {
    error(bind->pos, "no new variable on left side of :=");
    bind = nullptr;
  }
  branches.push_back({ts, false, true, label});
  bool seenDefault = false;
  bool bindUsed = false;
  std::vector<Symbol*> implicits;
  std::vector<std::pair<const Type*, Pos>> seen;
  bool seenNil = false;
  for (Stmt* st : ts->body->list) {
    if (st->kind != NodeKind::CaseClause) continue;
    CaseClause* cc = st->as<CaseClause>();
    if (cc->isDefault || cc->list.empty()) {
      if (seenDefault) error(cc->pos, "multiple defaults in switch");
      seenDefault = true;
    }
    const Type* single = nullptr;
    int ntypes = 0;
    for (Expr* e : cc->list) {
      Expr* u = unparen(e);
      if (u->kind == NodeKind::Ident && u->as<Ident>()->name == "nil" && scope->lookup("nil") && scope->lookup("nil")->kind == SymbolKind::Nil) {
        u->mode = ExprMode::Value;
        u->type = tt.basic(TypeKind::UntypedNil);
        e->mode = u->mode;
        e->type = u->type;
        u->as<Ident>()->symbol = scope->lookup("nil");
        if (seenNil) error(e->pos, "multiple nil cases in type switch (first at ...)");
        seenNil = true;
        ntypes++;
        single = nullptr;
        continue;
      }
      const Type* T = typeExpr(e);
      ntypes++;
      if (T->kind == TypeKind::Invalid) continue;
      single = T;
      for (auto& [pt, pp] : seen) {
        if (pt == T) {
          error(e->pos, "duplicate case " + gcExprString(e) + " in type switch\n\t" + posText(pp) + ": previous case");
          break;
        }
      }
      seen.push_back({T, e->pos});
      if (ok && !T->isInterface()) {
        bool good;
        std::string why = missingMethodReason(T, xt, &good);
        if (!good)
          error(e->pos, "impossible type switch case: " + describe(ta->x) + " cannot have dynamic type " + typeStr(T) + " (" + why + ")");
      }
    }
    pushScope();
    if (bind) {
      Symbol* s = tt.newSymbol(SymbolKind::Var, bind->name, bind->pos);
      s->decl = cc;
      s->type = (ntypes == 1 && single) ? single : xt;
      cc->implicit = s;
      declareLocal(s, bind->pos);
      implicits.push_back(s);
    }
    stmtList(cc->body);
    if (bind && cc->implicit) {
      if (cc->implicit->used) bindUsed = true;
      cc->implicit->used = true;  // reported once below, not per clause
    }
    popScope();
  }
  if (bind) {
    bind->mode = ExprMode::Variable;
    bind->type = xt;
    if (!bindUsed) error(bind->pos, "declared and not used: " + bind->name);
  }
  branches.pop_back();
  popScope();
}

void Checker::selectStmt(SelectStmt* ss) {
  std::string label = takeLabel(pendingLabel);
  branches.push_back({ss, false, true, label});
  bool seenDefault = false;
  for (Stmt* st : ss->body->list) {
    if (st->kind != NodeKind::CommClause) continue;
    CommClause* cc = st->as<CommClause>();
    pushScope();
    if (!cc->comm) {
      if (seenDefault) error(cc->pos, "multiple defaults in select");
      seenDefault = true;
    } else {
      Stmt* c = cc->comm;
      bool valid = false;
      if (c->kind == NodeKind::SendStmt) valid = true;
      else if (c->kind == NodeKind::ExprStmt) {
        Expr* x = unparen(c->as<ExprStmt>()->x);
        valid = x->kind == NodeKind::UnaryExpr && x->as<UnaryExpr>()->op == Token::Kind::Arrow;
      } else if (c->kind == NodeKind::AssignStmt) {
        AssignStmt* as = c->as<AssignStmt>();
        Expr* x = as->rhs.size() == 1 ? unparen(as->rhs[0]) : nullptr;
        valid = x && x->kind == NodeKind::UnaryExpr && x->as<UnaryExpr>()->op == Token::Kind::Arrow;
      }
      if (!valid) error(c->pos, "select case must be receive, send or assign recv");
      else stmt(c);
    }
    stmtList(cc->body);
    popScope();
  }
  branches.pop_back();
}

void Checker::labeledStmt(LabeledStmt* ls) {
  const std::string& n = ls->label->name;
  switch (ls->stmt ? ls->stmt->kind : NodeKind::EmptyStmt) {
    case NodeKind::ForStmt: case NodeKind::RangeStmt: case NodeKind::SwitchStmt: case NodeKind::TypeSwitchStmt:
    case NodeKind::SelectStmt:
      pendingLabel = n;
      break;
    default:
      pendingLabel.clear();
      break;
  }
  if (ls->stmt) stmt(ls->stmt);
  pendingLabel.clear();
}

void Checker::branchStmt(BranchStmt* bs) {
  using K = Token::Kind;
  if (bs->tok == K::Goto) {
    if (!bs->label) return;
    auto it = fn ? fn->labels.find(bs->label->name) : decltype(fn->labels.end()){};
    if (!fn || it == fn->labels.end()) {
      error(bs->label->pos, "label " + bs->label->name + " not defined");
      return;
    }
    fn->labelUsed[bs->label->name] = true;
    bs->target = it->second;
    return;
  }
  if (bs->tok == K::Fallthrough) {
    error(bs->pos, "fallthrough statement out of place");
    return;
  }
  bool isBreak = bs->tok == K::Break;
  if (bs->label) {
    const std::string& n = bs->label->name;
    if (fn && fn->labels.count(n)) fn->labelUsed[n] = true;
    for (auto it = branches.rbegin(); it != branches.rend(); ++it) {
      if (it->label == n) {
        if (!isBreak && !it->isLoop) break;
        bs->target = it->stmt;
        return;
      }
    }
    if (!fn || !fn->labels.count(n)) error(bs->label->pos, "label " + n + " not defined");
    else error(bs->label->pos, std::string("invalid ") + (isBreak ? "break" : "continue") + " label " + n);
    return;
  }
  for (auto it = branches.rbegin(); it != branches.rend(); ++it) {
    if (isBreak || it->isLoop) {
      bs->target = it->stmt;
      return;
    }
  }
  if (isBreak) error(bs->pos, "break is not in a loop, switch, or select");
  else error(bs->pos, "continue is not in a loop");
}

// ------------------------------------------------------------------ terminating statements
static bool hasBreakRec(Stmt* s, Stmt* target, int depth);

static bool hasBreakList(const std::vector<Stmt*>& l, Stmt* target, int depth) {
  for (Stmt* s : l) if (hasBreakRec(s, target, depth + 1)) return true;
  return false;
}

static bool hasBreakRec(Stmt* s, Stmt* target, int depth) {
  if (!s || depth > kMaxCheckDepth) return false;
  switch (s->kind) {
    case NodeKind::BranchStmt: return s->as<BranchStmt>()->tok == Token::Kind::Break && s->as<BranchStmt>()->target == target;
    case NodeKind::BlockStmt: return hasBreakList(s->as<BlockStmt>()->list, target, depth);
    case NodeKind::LabeledStmt: return hasBreakRec(s->as<LabeledStmt>()->stmt, target, depth + 1);
    case NodeKind::IfStmt: return hasBreakRec(s->as<IfStmt>()->body, target, depth + 1) || hasBreakRec(s->as<IfStmt>()->els, target, depth + 1);
    case NodeKind::ForStmt: return hasBreakRec(s->as<ForStmt>()->body, target, depth + 1);
    case NodeKind::RangeStmt: return hasBreakRec(s->as<RangeStmt>()->body, target, depth + 1);
    case NodeKind::SwitchStmt: return hasBreakRec(s->as<SwitchStmt>()->body, target, depth + 1);
    case NodeKind::TypeSwitchStmt: return hasBreakRec(s->as<TypeSwitchStmt>()->body, target, depth + 1);
    case NodeKind::SelectStmt: return hasBreakRec(s->as<SelectStmt>()->body, target, depth + 1);
    case NodeKind::CaseClause: return hasBreakList(s->as<CaseClause>()->body, target, depth);
    case NodeKind::CommClause: return hasBreakList(s->as<CommClause>()->body, target, depth);
    default: return false;
  }
}

bool Checker::hasBreak(Stmt* s, Stmt* target, bool implicit) {
  (void)implicit;
  return hasBreakRec(s, target, 0);
}

bool Checker::isTerminatingList(const std::vector<Stmt*>& list) {
  // trailing empty statements do not count
  for (size_t i = list.size(); i-- > 0;) {
    if (list[i]->kind == NodeKind::EmptyStmt) continue;
    return isTerminating(list[i], "");
  }
  return false;
}

bool Checker::isTerminating(Stmt* s, const std::string& label) {
  (void)label;
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::ReturnStmt: return true;
    case NodeKind::BranchStmt: {
      auto k = s->as<BranchStmt>()->tok;
      return k == Token::Kind::Goto || k == Token::Kind::Fallthrough;
    }
    case NodeKind::ExprStmt: {
      Expr* x = unparen(s->as<ExprStmt>()->x);
      return x->kind == NodeKind::CallExpr && x->as<CallExpr>()->callKind == CallKind::Builtin &&
             x->as<CallExpr>()->builtinId == static_cast<int>(BuiltinId::Panic);
    }
    case NodeKind::BlockStmt: return isTerminatingList(s->as<BlockStmt>()->list);
    case NodeKind::IfStmt: {
      IfStmt* is = s->as<IfStmt>();
      return is->els && isTerminating(is->body, "") && isTerminating(is->els, "");
    }
    case NodeKind::LabeledStmt: return isTerminating(s->as<LabeledStmt>()->stmt, "");
    case NodeKind::ForStmt: {
      ForStmt* fs = s->as<ForStmt>();
      return !fs->cond && !hasBreak(fs->body, fs, true);
    }
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt: {
      BlockStmt* body = s->kind == NodeKind::SwitchStmt ? s->as<SwitchStmt>()->body : s->as<TypeSwitchStmt>()->body;
      bool hasDefault = false;
      for (Stmt* c : body->list) {
        CaseClause* cc = c->as<CaseClause>();
        if (cc->isDefault || cc->list.empty()) hasDefault = true;
        if (!isTerminatingList(cc->body)) return false;
        if (hasBreakList(cc->body, s, 0)) return false;
      }
      return hasDefault;
    }
    case NodeKind::SelectStmt: {
      for (Stmt* c : s->as<SelectStmt>()->body->list) {
        CommClause* cc = c->as<CommClause>();
        if (!isTerminatingList(cc->body)) return false;
        if (hasBreakList(cc->body, s, 0)) return false;
      }
      return true;
    }
    default: return false;
  }
}

}  // namespace heapscope
