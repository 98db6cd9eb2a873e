// Parser infrastructure (tokens, gc-worded errors, nesting guard), the file
// and declaration productions, and parseFile. Expressions/types live in
// parser_expr.cpp, statements in parser_stmt.cpp.
#include "syntax/parser.h"

#include "syntax/parser_impl.h"

namespace heapscope {

using K = Token::Kind;

// ---------------------------------------------------------------- infrastructure

Parser::Parser(std::string_view src, File* file, std::vector<SyntaxError>& errors)
    : lex_(src, sink_), out_(&errors), file_(file) {
  sink_.out = &lexErrors_;
}

bool Parser::finish() {
  const SyntaxError* first = nullptr;
  if (!lexErrors_.empty()) first = &lexErrors_[0];
  if (haveSyntaxError_) {
    const SyntaxError& e = syntaxErr_;
    if (!first || e.line < first->line || (e.line == first->line && e.col < first->col)) first = &e;
  }
  if (!first) return false;
  out_->push_back(*first);
  return true;
}

int Parser::kMaxNestingLevels() { return kMaxNesting; }

void Parser::tooDeep() { syntaxError("nesting too deep"); }

void Parser::next() {
  if (failed_) {
    tok_.kind = K::Eof;
    return;
  }
  lex_.next(tok_);
  if (lexErrors_.size() > 64) {  // runaway lexical errors: stop
    failed_ = true;
    tok_.kind = K::Eof;
  }
}

void Parser::want(K k) {
  if (!got(k)) syntaxError("expected " + tokstring(k));
}

// Like got(Assign) but also accepts ":=" with an error (gc's recovery).
bool Parser::gotAssign() {
  if (kind() == K::Define) {
    syntaxError("expected =");
    return true;
  }
  return got(K::Assign);
}

std::string Parser::tokstring(K k) {
  if (k == K::Comma) return "comma";
  if (k == K::Semicolon) return "semicolon or newline";
  if (isKeyword(k)) return std::string("keyword ") + tokenSpelling(k);
  return tokenSpelling(k);
}

void Parser::errorAt(Pos p, const std::string& msg) {
  if (failed_) return;
  haveSyntaxError_ = true;
  syntaxErr_ = SyntaxError{p.line, p.col, msg};
  failed_ = true;
  tok_.kind = K::Eof;
}

// gc composes "syntax error: unexpected <tok><msg>" when msg starts with
// "in ", "at ", "after " or "expected "; any other msg stands alone.
void Parser::syntaxErrorAt(Pos p, const std::string& msg) {
  if (failed_) return;
  std::string m;
  auto startsWith = [&](const char* pre) { return msg.rfind(pre, 0) == 0; };
  if (msg.empty()) {
  } else if (startsWith("in ") || startsWith("at ") || startsWith("after ")) {
    m = " " + msg;
  } else if (startsWith("expected ")) {
    m = ", " + msg;
  } else {
    errorAt(p, "syntax error: " + msg);
    return;
  }
  std::string tok;
  switch (kind()) {
    case K::Ident: tok = "name " + tok_.text; break;
    case K::Semicolon: tok = tok_.text; break;
    case K::Int: case K::Float: case K::Imag: case K::Char: case K::String:
      tok = "literal " + tok_.text;
      break;
    default: tok = tokstring(kind()); break;
  }
  errorAt(p, "syntax error: unexpected " + tok + m);
}

// ---------------------------------------------------------------- file

void Parser::parseFile() {
  next();
  if (!got(K::Package)) {
    syntaxError("package statement must be first");
    return;
  }
  file_->packageName = name();
  want(K::Semicolon);
  if (failed_) return;
  K prev = K::Import;
  while (kind() != K::Eof) {
    if (kind() == K::Import && prev != K::Import) {
      syntaxError("imports must appear before other declarations");
      return;
    }
    prev = kind();
    switch (kind()) {
      case K::Import: {
        GenDecl* d = genDecl(K::Import);
        file_->decls.push_back(d);
        for (Spec* s : d->specs) file_->imports.push_back(s->as<ImportSpec>());
        break;
      }
      case K::Const:
      case K::Type:
      case K::Var:
        file_->decls.push_back(genDecl(kind()));
        break;
      case K::Func:
        if (FuncDecl* f = funcDeclOrNil()) file_->decls.push_back(f);
        break;
      default: {
        bool emptyFunc = false;
        if (!file_->decls.empty() && file_->decls.back()->kind == NodeKind::FuncDecl)
          emptyFunc = file_->decls.back()->as<FuncDecl>()->body == nullptr;
        if (kind() == K::LBrace && emptyFunc)
          syntaxError("unexpected semicolon or newline before {");
        else
          syntaxError("non-declaration statement outside function body");
        return;
      }
    }
    if (kind() != K::Eof && !got(K::Semicolon)) {
      syntaxError("after top level declaration");
      return;
    }
  }
}

// ---------------------------------------------------------------- declarations

Ident* Parser::name() {
  if (kind() == K::Ident) {
    Ident* n = make<Ident>(pos(), tok_.text);
    next();
    return n;
  }
  Ident* n = make<Ident>(pos(), "_");
  syntaxError("expected name");
  return n;
}

std::vector<Ident*> Parser::nameList(Ident* first) {
  std::vector<Ident*> names{first};
  while (got(K::Comma)) names.push_back(name());
  return names;
}

// Decl = keyword ( Spec | "(" { Spec ";" } ")" ).
GenDecl* Parser::genDecl(K keyword) {
  GenDecl* d = make<GenDecl>(pos(), keyword);
  next();
  auto spec = [&](int iota, ValueSpec* prev) -> Spec* {
    switch (keyword) {
      case K::Import: return importSpec();
      case K::Const: return constSpec(iota, prev);
      case K::Type: return typeSpec();
      default: return varSpec();
    }
  };
  if (kind() == K::LParen) {
    next();
    int iota = 0;
    ValueSpec* prev = nullptr;
    list("grouped declaration", K::Semicolon, K::RParen, [&] {
      Spec* s = spec(iota++, prev);
      if (s->kind == NodeKind::ValueSpec) prev = s->as<ValueSpec>();
      d->specs.push_back(s);
      return false;
    });
  } else {
    d->specs.push_back(spec(0, nullptr));
  }
  return d;
}

// ImportSpec = [ "." | PackageName ] ImportPath .
Spec* Parser::importSpec() {
  Pos p = pos();
  Ident* alias = nullptr;
  if (kind() == K::Ident) {
    alias = name();
  } else if (kind() == K::Period) {
    alias = make<Ident>(pos(), ".");
    next();
  }
  BasicLit* path = nullptr;
  switch (kind()) {
    case K::String:
      path = make<BasicLit>(pos(), K::String, tok_.text);
      next();
      break;
    case K::Int: case K::Float: case K::Imag: case K::Char:
      syntaxError("import path must be a string");
      path = make<BasicLit>(pos(), kind(), tok_.text);
      break;
    default:
      syntaxError("missing import path");
      path = make<BasicLit>(pos(), K::String, "\"\"");
      break;
  }
  ImportSpec* s = make<ImportSpec>(p, path);
  s->name = alias;
  return s;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
Spec* Parser::constSpec(int iota, ValueSpec* prev) {
  ValueSpec* s = make<ValueSpec>(pos());
  s->iota = iota;
  s->names = nameList(name());
  if (kind() != K::Eof && kind() != K::Semicolon && kind() != K::RParen) {
    s->typeExpr = typeOrNil();
    if (gotAssign()) s->values = exprList();
  }
  if (!s->typeExpr && s->values.empty() && prev && !prev->values.empty()) {
    // Go's implicit repetition of the previous spec's type and values; fresh
    // copies so the checker can annotate each spec (with its own iota).
    s->implicit = true;
    s->typeExpr = prev->typeExpr ? cloneExpr(prev->typeExpr) : nullptr;
    for (Expr* v : prev->values) s->values.push_back(cloneExpr(v));
  }
  return s;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Spec* Parser::varSpec() {
  ValueSpec* s = make<ValueSpec>(pos());
  s->names = nameList(name());
  if (gotAssign()) {
    s->values = exprList();
  } else {
    s->typeExpr = type_();
    if (gotAssign()) s->values = exprList();
  }
  return s;
}

namespace {

bool isTypeElem(const Expr* x) {
  switch (x->kind) {
    case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::FuncType:
    case NodeKind::InterfaceType: case NodeKind::MapType: case NodeKind::ChanType:
      return true;
    case NodeKind::BinaryExpr: {
      auto* b = x->as<BinaryExpr>();
      return isTypeElem(b->x) || isTypeElem(b->y);
    }
    case NodeKind::UnaryExpr: {
      auto* u = x->as<UnaryExpr>();
      return u->op == K::Tilde || isTypeElem(u->x);
    }
    case NodeKind::StarExpr: return isTypeElem(x->as<StarExpr>()->x);
    case NodeKind::ParenExpr: return isTypeElem(x->as<ParenExpr>()->x);
    default: return false;
  }
}

}  // namespace

// In `type T[` ... the expression x may be a type parameter name followed by
// its constraint (P *C, P ~int|string, P([]int)) or an array length. Splits
// x into (name, constraint) when it can be read as a type parameter
// declaration (gc's rule: forced when followed by a comma).
static std::pair<Ident*, Expr*> extractName(Parser& p, Expr* x, bool force) {
  switch (x->kind) {
    case NodeKind::Ident: return {x->as<Ident>(), nullptr};
    case NodeKind::BinaryExpr: {
      auto* b = x->as<BinaryExpr>();
      if (b->op == K::Mul && b->x->kind == NodeKind::Ident && (force || isTypeElem(b->y))) {
        return {b->x->as<Ident>(), p.make<StarExpr>(b->opPos, b->y)};
      }
      if (b->op == K::Or) {
        auto [name, lhs] = extractName(p, b->x, force || isTypeElem(b->y));
        if (name && lhs) return {name, p.make<BinaryExpr>(lhs->pos, K::Or, lhs, b->y, b->opPos)};
      }
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = x->as<CallExpr>();
      if (c->fun->kind == NodeKind::Ident && c->args.size() == 1 && !c->hasEllipsis &&
          (force || isTypeElem(c->args[0]))) {
        Expr* a = c->args[0];
        while (a->kind == NodeKind::ParenExpr) a = a->as<ParenExpr>()->x;
        return {c->fun->as<Ident>(), a};
      }
      break;
    }
    default: break;
  }
  return {nullptr, x};
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
Spec* Parser::typeSpec() {
  Pos p = pos();
  TypeSpec* s = make<TypeSpec>(p, name());
  if (kind() == K::LBrack) {
    // array/slice type or type parameter list
    Pos lb = pos();
    next();
    if (kind() == K::Ident) {
      Expr* x = name();
      if (kind() != K::LBrack) {
        xnest_++;
        x = binaryExpr(pexpr(x, false), 0);
        xnest_--;
      }
      auto [pname, ptype] = extractName(*this, x, kind() == K::Comma);
      if (pname && (ptype || kind() != K::RBrack)) {
        s->typeParams = paramList(lb, pname, ptype, K::RBrack, true);
        s->isAlias = gotAssign();
        s->typeExpr = typeOrNil();
      } else {
        s->typeExpr = arrayType(lb, x);
      }
    } else if (kind() == K::RBrack) {
      next();
      s->typeExpr = make<ArrayType>(lb, nullptr, type_());
    } else {
      s->typeExpr = arrayType(lb, nullptr);
    }
  } else {
    s->isAlias = gotAssign();
    s->typeExpr = typeOrNil();
  }
  if (!s->typeExpr) {
    s->typeExpr = badExpr(pos());
    syntaxError("in type declaration");
  }
  return s;
}

// FunctionDecl = "func" [ Receiver ] FunctionName [ TypeParams ] Signature [ FunctionBody ] .
FuncDecl* Parser::funcDeclOrNil() {
  Pos p = pos();
  next();  // func
  FieldList* recv = nullptr;
  if (kind() == K::LParen) {
    Pos rp = pos();
    next();
    recv = paramList(rp, nullptr, nullptr, K::RParen, false);
    size_t n = recv->numFields();
    if (n == 0) errorAt(pos(), "method has no receiver");
    else if (n > 1) errorAt(pos(), "method has multiple receivers");
  }
  if (kind() != K::Ident) {
    syntaxError(recv ? "expected name" : "expected name or (");
    return nullptr;
  }
  Ident* n = name();
  FuncType* ft = funcType(p, recv ? "method" : "");
  FuncDecl* f = make<FuncDecl>(p, n, ft);
  f->recv = recv;
  if (kind() == K::LBrace) f->body = funcBody();
  return f;
}

BlockStmt* Parser::funcBody() {
  fnest_++;
  int outer = xnest_;
  xnest_ = 0;
  BlockStmt* b = blockStmt("");
  xnest_ = outer;
  fnest_--;
  return b;
}

// ---------------------------------------------------------------- cloning (implicit const repetition)

// Deep copy of an expression as it can appear in a const spec. Nodes that
// cannot be constant (function literals) are shared: the checker rejects them.
Expr* Parser::cloneExpr(Expr* e) {
  if (!e) return nullptr;
  Nest guard(*this);
  if (!guard.ok) return e;
  switch (e->kind) {
    case NodeKind::Ident: return make<Ident>(e->pos, e->as<Ident>()->name);
    case NodeKind::BasicLit: {
      auto* b = e->as<BasicLit>();
      return make<BasicLit>(b->pos, b->litKind, b->text);
    }
    case NodeKind::ParenExpr: return make<ParenExpr>(e->pos, cloneExpr(e->as<ParenExpr>()->x));
    case NodeKind::SelectorExpr: {
      auto* s = e->as<SelectorExpr>();
      auto* c = make<SelectorExpr>(s->pos, cloneExpr(s->x), make<Ident>(s->sel->pos, s->sel->name));
      c->dot = s->dot;
      return c;
    }
    case NodeKind::IndexExpr: {
      auto* s = e->as<IndexExpr>();
      auto* c = make<IndexExpr>(s->pos, cloneExpr(s->x));
      c->lbrack = s->lbrack;
      for (Expr* i : s->indices) c->indices.push_back(cloneExpr(i));
      return c;
    }
    case NodeKind::SliceExpr: {
      auto* s = e->as<SliceExpr>();
      auto* c = make<SliceExpr>(s->pos, cloneExpr(s->x));
      c->low = cloneExpr(s->low);
      c->high = cloneExpr(s->high);
      c->max = cloneExpr(s->max);
      c->slice3 = s->slice3;
      c->lbrack = s->lbrack;
      return c;
    }
    case NodeKind::TypeAssertExpr: {
      auto* s = e->as<TypeAssertExpr>();
      auto* c = make<TypeAssertExpr>(s->pos, cloneExpr(s->x), cloneExpr(s->typeExpr));
      c->dot = s->dot;
      return c;
    }
    case NodeKind::CallExpr: {
      auto* s = e->as<CallExpr>();
      auto* c = make<CallExpr>(s->pos, cloneExpr(s->fun));
      for (Expr* a : s->args) c->args.push_back(cloneExpr(a));
      c->lparen = s->lparen;
      c->rparen = s->rparen;
      c->hasEllipsis = s->hasEllipsis;
      return c;
    }
    case NodeKind::StarExpr: return make<StarExpr>(e->pos, cloneExpr(e->as<StarExpr>()->x));
    case NodeKind::UnaryExpr: {
      auto* u = e->as<UnaryExpr>();
      return make<UnaryExpr>(u->pos, u->op, cloneExpr(u->x));
    }
    case NodeKind::BinaryExpr: {
      auto* b = e->as<BinaryExpr>();
      return make<BinaryExpr>(b->pos, b->op, cloneExpr(b->x), cloneExpr(b->y), b->opPos);
    }
    case NodeKind::KeyValueExpr: {
      auto* k = e->as<KeyValueExpr>();
      auto* c = make<KeyValueExpr>(k->pos, cloneExpr(k->key), cloneExpr(k->value));
      c->colon = k->colon;
      return c;
    }
    case NodeKind::CompositeLit: {
      auto* s = e->as<CompositeLit>();
      auto* c = make<CompositeLit>(s->pos, cloneExpr(s->typeExpr));
      for (Expr* x : s->elts) c->elts.push_back(cloneExpr(x));
      c->lbrace = s->lbrace;
      c->rbrace = s->rbrace;
      return c;
    }
    case NodeKind::ArrayType: {
      auto* a = e->as<ArrayType>();
      return make<ArrayType>(a->pos, cloneExpr(a->len), cloneExpr(a->elem));
    }
    case NodeKind::MapType: {
      auto* m = e->as<MapType>();
      return make<MapType>(m->pos, cloneExpr(m->key), cloneExpr(m->value));
    }
    case NodeKind::ChanType: {
      auto* c = e->as<ChanType>();
      return make<ChanType>(c->pos, c->dir, cloneExpr(c->value));
    }
    case NodeKind::Ellipsis: return make<Ellipsis>(e->pos, cloneExpr(e->as<Ellipsis>()->elt));
    default:
      return e;  // struct/func/interface types, func literals: shared (never constant)
  }
}

// ---------------------------------------------------------------- entry point

File* parseFile(std::string_view source, const std::string& fileName, std::vector<SyntaxError>& errors) {
  File* f = new File();
  f->fileName = fileName;
  Parser p(source, f, errors);
  p.parseFile();
  if (p.finish()) {
    delete f;
    return nullptr;
  }
  return f;
}

}  // namespace heapscope
