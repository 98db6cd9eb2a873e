// Statement productions, including control clause headers (where a bare
// type name followed by '{' is not a composite literal: xnest_ < 0).
#include "syntax/parser_impl.h"

namespace heapscope {

using K = Token::Kind;

namespace {
// gc positions a simple statement at its operator (x := 1 at ":=").
Pos gcStmtPos(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::AssignStmt: return s->as<AssignStmt>()->tokPos;
    case NodeKind::IncDecStmt: return s->as<IncDecStmt>()->tokPos;
    case NodeKind::SendStmt: return s->as<SendStmt>()->arrow;
    default: return s->pos;
  }
}
}  // namespace

// Block = "{" StatementList "}" ; context names the clause for errors
// ("if clause" -> "expected { after if clause").
// Not depth-guarded itself: every caller is (stmtOrNil, unaryExpr via FuncLit).
BlockStmt* Parser::blockStmt(const char* context) {
  auto* b = make<BlockStmt>(pos());
  if (!got(K::LBrace)) {
    syntaxError(std::string("expected { after ") + context);
    return b;
  }
  b->list = stmtList();
  b->rbrace = pos();
  want(K::RBrace);
  return b;
}

// StatementList = { Statement ";" } ; empty statements are dropped.
std::vector<Stmt*> Parser::stmtList() {
  std::vector<Stmt*> list;
  while (kind() != K::Eof && kind() != K::RBrace && kind() != K::Case && kind() != K::Default) {
    Stmt* s = stmtOrNil();
    if (!s) break;
    if (s->kind != NodeKind::EmptyStmt) list.push_back(s);
    // ";" is optional before "}"
    if (!got(K::Semicolon) && kind() != K::RBrace) {
      syntaxError("at end of statement");
      break;
    }
  }
  return list;
}

Stmt* Parser::stmtOrNil() {
  Nest guard(*this);
  if (!guard.ok) return nullptr;
  Pos p = pos();
  // Most statements start with a name: look for a label or simple statement.
  if (kind() == K::Ident) {
    std::vector<Expr*> lhs = exprList();
    if (lhs.size() == 1 && lhs[0]->kind == NodeKind::Ident && kind() == K::Colon)
      return labeledStmt(lhs[0]->as<Ident>());
    return simpleStmt(std::move(lhs), K::Illegal);
  }
  switch (kind()) {
    case K::Var: case K::Const: case K::Type:
      return declStmt(kind());
    case K::LBrace:
      return blockStmt("");
    case K::Mul: case K::Add: case K::Sub: case K::And: case K::Xor: case K::Not:
    case K::Int: case K::Float: case K::Imag: case K::Char: case K::String:
    case K::Func: case K::LParen: case K::LBrack: case K::Struct: case K::Map: case K::Chan:
    case K::Interface: case K::Arrow:
      return simpleStmt({}, K::Illegal);
    case K::For: return forStmt();
    case K::Switch: return switchStmt();
    case K::Select: return selectStmt();
    case K::If: return ifStmt();
    case K::Fallthrough: {
      next();
      return make<BranchStmt>(p, K::Fallthrough);
    }
    case K::Break: case K::Continue: {
      K t = kind();
      next();
      auto* b = make<BranchStmt>(p, t);
      if (kind() == K::Ident) b->label = name();
      return b;
    }
    case K::Goto: {
      next();
      auto* b = make<BranchStmt>(p, K::Goto);
      b->label = name();
      return b;
    }
    case K::Go: case K::Defer:
      return callStmt();
    case K::Return: {
      next();
      auto* r = make<ReturnStmt>(p);
      if (kind() != K::Semicolon && kind() != K::RBrace) r->results = exprList();
      return r;
    }
    case K::Semicolon:
      return make<EmptyStmt>(p);
    default:
      return nullptr;
  }
}

Stmt* Parser::declStmt(K keyword) {
  Pos p = pos();
  GenDecl* d = genDecl(keyword);
  return make<DeclStmt>(p, d);
}

Stmt* Parser::labeledStmt(Ident* label) {
  auto* s = make<LabeledStmt>(label->pos, label, nullptr);
  s->colon = pos();
  next();  // ':'
  if (kind() == K::RBrace) {
    // a label right before '}' labels an (implicit) empty statement
    s->stmt = make<EmptyStmt>(pos());
    return s;
  }
  s->stmt = stmtOrNil();
  if (!s->stmt) {
    syntaxErrorAt(s->colon, "missing statement after label");
    s->stmt = badStmt(s->colon);
  }
  return s;
}

// go/defer: the operand must be a (non-parenthesized) call.
Stmt* Parser::callStmt() {
  Pos p = pos();
  K tok = kind();
  next();
  const char* word = tok == K::Go ? "go" : "defer";
  Expr* x = pexpr(nullptr, kind() == K::LParen);
  if (x->kind == NodeKind::ParenExpr) {
    errorAt(x->pos, std::string("expression in ") + word + " must not be parenthesized");
    return badStmt(p);
  }
  if (x->kind != NodeKind::CallExpr) {
    errorAt(x->pos, std::string("expression in ") + word + " must be function call");
    return badStmt(p);
  }
  if (tok == K::Go) return make<GoStmt>(p, x->as<CallExpr>());
  return make<DeferStmt>(p, x->as<CallExpr>());
}

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl ;
// in a for header also a range clause (keyword == For).
Stmt* Parser::simpleStmt(std::vector<Expr*> lhs, K keyword) {
  if (keyword == K::For && kind() == K::Range) return rangeClause({}, K::Illegal, pos());
  if (lhs.empty()) lhs = exprList();
  Pos p0 = lhs[0]->pos;
  if (lhs.size() == 1 && kind() != K::Assign && kind() != K::Define) {
    Pos p = pos();
    switch (kind()) {
      case K::AddAssign: case K::SubAssign: case K::MulAssign: case K::QuoAssign:
      case K::RemAssign: case K::AndAssign: case K::OrAssign: case K::XorAssign:
      case K::ShlAssign: case K::ShrAssign: case K::AndNotAssign: {
        auto* a = make<AssignStmt>(p0, kind());
        a->tokPos = p;
        next();
        a->lhs = std::move(lhs);
        a->rhs.push_back(expr());
        return a;
      }
      case K::Inc: case K::Dec: {
        auto* s = make<IncDecStmt>(p0, lhs[0], kind());
        s->tokPos = p;
        next();
        return s;
      }
      case K::Arrow: {
        next();
        auto* s = make<SendStmt>(p0, lhs[0], expr());
        s->arrow = p;
        return s;
      }
      default:
        return make<ExprStmt>(p0, lhs[0]);
    }
  }
  if (kind() == K::Assign || kind() == K::Define) {
    K tok = kind();
    Pos tp = pos();
    next();
    if (keyword == K::For && kind() == K::Range) return rangeClause(std::move(lhs), tok, tp);
    auto* a = make<AssignStmt>(p0, tok);
    a->tokPos = tp;
    a->lhs = std::move(lhs);
    a->rhs = exprList();
    return a;
  }
  syntaxError("expected := or = or comma");
  return badStmt(p0);
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
// The RangeStmt's position is fixed up by forStmt (the `for` keyword).
Stmt* Parser::rangeClause(std::vector<Expr*> lhs, K tok, Pos p) {
  auto* r = make<RangeStmt>(p);
  next();  // range
  r->tok = tok;
  if (lhs.size() > 2) {
    errorAt(lhs[2]->pos, "range clause permits at most two iteration variables");
    return r;
  }
  if (!lhs.empty()) r->key = lhs[0];
  if (lhs.size() > 1) r->value = lhs[1];
  r->x = expr();
  return r;
}

// Header of if/for/switch: [ init ";" ] cond (for: [init] ";" [cond] ";" [post]).
// cond is returned as a statement so switch can recognize type switch guards.
void Parser::header(K keyword, Stmt*& init, Stmt*& cond, Stmt*& post) {
  init = cond = post = nullptr;
  if (kind() == K::LBrace) {
    if (keyword == K::If) syntaxError("missing condition in if statement");
    return;
  }
  int outer = xnest_;
  xnest_ = -1;
  if (kind() != K::Semicolon) {
    if (kind() == K::Var) {
      next();
      syntaxError(std::string("var declaration not allowed in ") + tokenSpelling(keyword) + " initializer");
      xnest_ = outer;
      return;
    }
    init = simpleStmt({}, keyword);
    if (init->kind == NodeKind::RangeStmt) {
      xnest_ = outer;
      return;
    }
  }
  Pos semiPos{0, 0};
  std::string semiLit;
  if (kind() != K::LBrace) {
    if (kind() == K::Semicolon) {
      semiPos = pos();
      semiLit = tok_.text;
      next();
    } else {
      // asking for a '{' rather than a ';' gives a better error message
      want(K::LBrace);
      xnest_ = outer;
      return;
    }
    if (keyword == K::For) {
      if (kind() != K::Semicolon) {
        if (kind() == K::LBrace) {
          syntaxError("expected for loop condition");
          xnest_ = outer;
          return;
        }
        cond = simpleStmt({}, K::Illegal);
      }
      want(K::Semicolon);
      if (kind() != K::LBrace) {
        post = simpleStmt({}, K::Illegal);
        if (post->kind == NodeKind::AssignStmt && post->as<AssignStmt>()->tok == K::Define) {
          syntaxErrorAt(gcStmtPos(post), "cannot declare in post statement of for loop");
        }
      }
    } else if (kind() != K::LBrace) {
      cond = simpleStmt({}, keyword);
    }
  } else {
    cond = init;
    init = nullptr;
  }
  if (!cond && keyword == K::If && semiPos.line) {
    if (semiLit == "semicolon")
      syntaxErrorAt(semiPos, "missing condition in if statement");
    else
      errorAt(semiPos, "syntax error: unexpected " + semiLit + ", expected { after if clause");
  }
  xnest_ = outer;
}

// The condition of if/for must be an expression statement.
Expr* Parser::condExpr(Stmt* s, K keyword) {
  (void)keyword;
  if (!s) return nullptr;
  if (s->kind == NodeKind::ExprStmt) return s->as<ExprStmt>()->x;
  std::string str;
  if (s->kind == NodeKind::AssignStmt && s->as<AssignStmt>()->tok == K::Assign) {
    // emphasize the '=' with parentheses around complex sides, as gc does
    auto* a = s->as<AssignStmt>();
    auto side = [](const std::vector<Expr*>& v) {
      std::string r;
      for (size_t i = 0; i < v.size(); i++) {
        if (i) r += ", ";
        r += exprString(v[i]);
      }
      bool binary = v.size() == 1 && v[0]->kind == NodeKind::BinaryExpr;
      return binary ? "(" + r + ")" : r;
    };
    str = "assignment " + side(a->lhs) + " = " + side(a->rhs);
  } else {
    str = stmtString(s);
  }
  syntaxErrorAt(gcStmtPos(s), "cannot use " + str + " as value");
  return badExpr(s->pos);
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
Stmt* Parser::ifStmt() {
  Nest guard(*this);
  auto* s = make<IfStmt>(pos());
  if (!guard.ok) return s;
  next();  // if
  Stmt* cond;
  Stmt* post;
  header(K::If, s->init, cond, post);
  s->cond = condExpr(cond, K::If);
  if (!s->cond) s->cond = badExpr(s->pos);
  s->body = blockStmt("if clause");
  if (got(K::Else)) {
    if (kind() == K::If) {
      s->els = ifStmt();
    } else if (kind() == K::LBrace) {
      s->els = blockStmt("");
    } else {
      syntaxError("else must be followed by if or statement block");
    }
  }
  return s;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
Stmt* Parser::forStmt() {
  Pos p = pos();
  next();  // for
  Stmt* init;
  Stmt* cond;
  Stmt* post;
  header(K::For, init, cond, post);
  if (init && init->kind == NodeKind::RangeStmt) {
    auto* r = init->as<RangeStmt>();
    r->pos = p;
    r->body = blockStmt("for clause");
    return r;
  }
  auto* f = make<ForStmt>(p);
  f->init = init;
  f->cond = condExpr(cond, K::For);
  f->post = post;
  f->body = blockStmt("for clause");
  return f;
}

namespace {
bool isTypeGuard(const Expr* e) {
  return e->kind == NodeKind::TypeAssertExpr && e->as<TypeAssertExpr>()->typeExpr == nullptr;
}
}  // namespace

// ExprSwitchStmt / TypeSwitchStmt.
Stmt* Parser::switchStmt() {
  Pos p = pos();
  next();  // switch
  Stmt* init;
  Stmt* cond;
  Stmt* post;
  header(K::Switch, init, cond, post);
  Stmt* result;
  SwitchStmt* es = nullptr;
  TypeSwitchStmt* ts = nullptr;
  bool typeSwitch = false;
  if (cond) {
    if (cond->kind == NodeKind::ExprStmt && isTypeGuard(cond->as<ExprStmt>()->x)) {
      typeSwitch = true;
    } else if (cond->kind == NodeKind::AssignStmt) {
      auto* a = cond->as<AssignStmt>();
      if (a->tok == K::Define && a->lhs.size() == 1 && a->rhs.size() == 1 &&
          a->lhs[0]->kind == NodeKind::Ident && isTypeGuard(a->rhs[0]))
        typeSwitch = true;
    }
  }
  if (typeSwitch) {
    ts = make<TypeSwitchStmt>(p);
    ts->init = init;
    ts->assign = cond;
    result = ts;
  } else {
    es = make<SwitchStmt>(p);
    es->init = init;
    if (cond) es->tag = condExpr(cond, K::Switch);
    result = es;
  }
  auto* body = make<BlockStmt>(pos());
  if (!got(K::LBrace)) {
    syntaxError("missing { after switch clause");
    return result;
  }
  while (kind() != K::Eof && kind() != K::RBrace) {
    auto* c = make<CaseClause>(pos());
    if (kind() == K::Case) {
      next();
      c->list = exprList();
    } else if (kind() == K::Default) {
      next();
      c->isDefault = true;
    } else {
      syntaxError("expected case or default or }");
      break;
    }
    want(K::Colon);
    c->body = stmtList();
    body->list.push_back(c);
  }
  body->rbrace = pos();
  want(K::RBrace);
  if (ts) ts->body = body;
  else es->body = body;
  return result;
}

// SelectStmt = "select" "{" { CommClause } "}" .
Stmt* Parser::selectStmt() {
  auto* s = make<SelectStmt>(pos());
  next();  // select
  auto* body = make<BlockStmt>(pos());
  s->body = body;
  if (!got(K::LBrace)) {
    syntaxError("missing { after select clause");
    return s;
  }
  while (kind() != K::Eof && kind() != K::RBrace) {
    auto* c = make<CommClause>(pos());
    if (kind() == K::Case) {
      next();
      c->comm = simpleStmt({}, K::Illegal);
    } else if (kind() == K::Default) {
      next();
    } else {
      syntaxError("expected case or default or }");
      break;
    }
    want(K::Colon);
    c->body = stmtList();
    body->list.push_back(c);
  }
  body->rbrace = pos();
  want(K::RBrace);
  return s;
}

}  // namespace heapscope
