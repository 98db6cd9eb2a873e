// Expression and type productions. Go's five binary precedence levels are
// handled by precedence climbing (binaryExpr), which recurses at most five
// levels per operand; all other recursion passes through a Nest guard.
#include "syntax/parser_impl.h"

namespace heapscope {

using K = Token::Kind;

namespace {

int precedence(K k) {
  switch (k) {
    case K::LOr: return 1;
    case K::LAnd: return 2;
    case K::Eql: case K::Neq: case K::Lss: case K::Leq: case K::Gtr: case K::Geq: return 3;
    case K::Add: case K::Sub: case K::Or: case K::Xor: return 4;
    case K::Mul: case K::Quo: case K::Rem: case K::Shl: case K::Shr: case K::And: case K::AndNot:
      return 5;
    default: return 0;
  }
}

bool isLiteral(K k) {
  return k == K::Int || k == K::Float || k == K::Imag || k == K::Char || k == K::String;
}

Expr* unparen(Expr* x) {
  while (x->kind == NodeKind::ParenExpr) x = x->as<ParenExpr>()->x;
  return x;
}

// Whether x is certainly a value (not a type): then x[i]{ cannot start a
// composite literal.
bool isValue(const Expr* x) {
  switch (x->kind) {
    case NodeKind::BasicLit: case NodeKind::CompositeLit: case NodeKind::FuncLit:
    case NodeKind::SliceExpr: case NodeKind::TypeAssertExpr: case NodeKind::CallExpr:
    case NodeKind::UnaryExpr: case NodeKind::BinaryExpr:
      return true;
    case NodeKind::StarExpr: return isValue(x->as<StarExpr>()->x);
    case NodeKind::ParenExpr: return isValue(x->as<ParenExpr>()->x);
    case NodeKind::IndexExpr: {
      auto* ix = x->as<IndexExpr>();
      return isValue(ix->x) || (ix->indices.size() == 1 && isValue(ix->indices[0]));
    }
    default: return false;
  }
}

}  // namespace

Expr* Parser::expr() { return binaryExpr(nullptr, 0); }

std::vector<Expr*> Parser::exprList() {
  std::vector<Expr*> list{expr()};
  while (got(K::Comma)) list.push_back(expr());
  return list;
}

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::binaryExpr(Expr* x, int prec) {
  if (!x) x = unaryExpr();
  for (int p = precedence(kind()); p > prec; p = precedence(kind())) {
    K op = kind();
    Pos opPos = pos();
    next();
    Expr* y = binaryExpr(nullptr, p);
    x = make<BinaryExpr>(x->pos, op, x, y, opPos);
  }
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unaryExpr() {
  Nest guard(*this);
  if (!guard.ok) return badExpr(pos());
  Pos p = pos();
  switch (kind()) {
    case K::Mul:
      next();
      return make<StarExpr>(p, unaryExpr());
    case K::Add: case K::Sub: case K::Not: case K::Xor: case K::Tilde: case K::And: {
      K op = kind();
      next();
      return make<UnaryExpr>(p, op, unaryExpr());
    }
    case K::Arrow: {
      next();
      // <-x is a receive, unless x turns out to be a channel type: then the
      // arrow belongs to the type (<-chan T), re-associated into it.
      Expr* x = unaryExpr();
      if (x->kind == NodeKind::ChanType) {
        ChanDir dir = ChanDir::Send;
        Expr* t = x;
        while (dir == ChanDir::Send) {
          if (t->kind != NodeKind::ChanType) break;
          auto* c = t->as<ChanType>();
          dir = c->dir;
          if (dir == ChanDir::Recv) {
            syntaxError("unexpected <-, expected chan");
            return x;
          }
          c->dir = ChanDir::Recv;
          t = c->value;
        }
        if (dir == ChanDir::Send) {
          syntaxError("unexpected " + exprString(t) + ", expected chan");
          return x;
        }
        x->pos = p;
        return x;
      }
      return make<UnaryExpr>(p, K::Arrow, x);
    }
    default:
      return pexpr(nullptr, false);
  }
}

// Operand = Literal | OperandName [ TypeArgs ] | "(" Expression ")" | FunctionLit | type .
Expr* Parser::operand(bool keepParens) {
  (void)keepParens;  // parentheses are always kept in this AST
  Pos p = pos();
  switch (kind()) {
    case K::Ident: return name();
    case K::Int: case K::Float: case K::Imag: case K::Char: case K::String: {
      BasicLit* b = make<BasicLit>(p, kind(), tok_.text);
      next();
      return b;
    }
    case K::LParen: {
      next();
      xnest_++;
      Expr* x = expr();
      xnest_--;
      want(K::RParen);
      return make<ParenExpr>(p, x);
    }
    case K::Func: {
      next();
      FuncType* ft = funcType(p, "function type");
      if (kind() == K::LBrace) {
        xnest_++;
        BlockStmt* body = funcBody();
        xnest_--;
        return make<FuncLit>(p, ft, body);
      }
      return ft;
    }
    case K::LBrack: case K::Chan: case K::Map: case K::Struct: case K::Interface:
      return type_();
    default:
      syntaxError("expected expression");
      return badExpr(p);
  }
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr ( Selector | Index | Slice | TypeAssertion | Arguments ) .
Expr* Parser::pexpr(Expr* x, bool keepParens) {
  if (!x) x = operand(keepParens);
  for (;;) {
    Pos p = pos();
    switch (kind()) {
      case K::Period: {
        next();
        if (kind() == K::Ident) {
          auto* s = make<SelectorExpr>(x->pos, x, name());
          s->dot = p;
          x = s;
        } else if (kind() == K::LParen) {
          next();
          TypeAssertExpr* t;
          if (got(K::Type)) {
            t = make<TypeAssertExpr>(x->pos, x, nullptr);
          } else {
            t = make<TypeAssertExpr>(x->pos, x, type_());
          }
          t->dot = p;
          want(K::RParen);
          x = t;
        } else {
          syntaxError("expected name or (");
          return x;
        }
        break;
      }
      case K::LBrack: {
        next();
        Expr* i = nullptr;
        if (kind() != K::Colon) {
          std::vector<Expr*> list;
          bool comma = false;
          if (kind() == K::RBrack) {
            syntaxError("expected operand");
            return x;
          }
          typeList(list, comma, false);
          if (comma || kind() == K::RBrack) {
            want(K::RBrack);
            auto* ix = make<IndexExpr>(x->pos, x);
            ix->lbrack = p;
            ix->indices = std::move(list);
            x = ix;
            break;
          }
          i = list[0];
        }
        // x[i:...
        if (!got(K::Colon)) {
          syntaxError("expected comma, : or ]");
          return x;
        }
        xnest_++;
        auto* s = make<SliceExpr>(x->pos, x);
        s->lbrack = p;
        s->low = i;
        if (kind() != K::Colon && kind() != K::RBrack) s->high = expr();
        if (kind() == K::Colon) {
          s->slice3 = true;
          if (!s->high) {
            errorAt(pos(), "middle index required in 3-index slice");
            return x;
          }
          next();
          if (kind() != K::RBrack) {
            s->max = expr();
          } else {
            errorAt(pos(), "final index required in 3-index slice");
            return x;
          }
        }
        xnest_--;
        want(K::RBrack);
        x = s;
        break;
      }
      case K::LParen: {
        next();
        auto* c = make<CallExpr>(x->pos, x);
        c->lparen = p;
        xnest_++;
        c->rparen = list("argument list", K::Comma, K::RParen, [&] {
          c->args.push_back(expr());
          c->hasEllipsis = got(K::Ellipsis);
          return c->hasEllipsis;
        });
        xnest_--;
        x = c;
        break;
      }
      case K::LBrace: {
        // Does '{' open a composite literal or a block (if/for/switch body)?
        Expr* t = unparen(x);
        bool complitOk = false;
        switch (t->kind) {
          case NodeKind::Ident: case NodeKind::SelectorExpr:
            complitOk = xnest_ >= 0;
            break;
          case NodeKind::IndexExpr:
            complitOk = xnest_ >= 0 && !isValue(t);
            break;
          case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::MapType:
            complitOk = true;
            break;
          default: break;
        }
        if (!complitOk) return x;
        if (t != x) {
          syntaxError("cannot parenthesize type in composite literal");
          return x;
        }
        x = complitexpr(x);
        break;
      }
      default:
        return x;
    }
  }
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
CompositeLit* Parser::complitexpr(Expr* type) {
  Pos lb = pos();
  auto* n = make<CompositeLit>(type ? type->pos : lb, type);
  n->lbrace = lb;
  Nest guard(*this);
  if (!guard.ok) return n;
  xnest_++;
  want(K::LBrace);
  n->rbrace = list("composite literal", K::Comma, K::RBrace, [&] {
    Expr* e = bareComplitexpr();
    if (kind() == K::Colon) {
      Pos colon = pos();
      next();
      Expr* v = kind() == K::LBrace ? complitexpr(nullptr) : expr();
      auto* kv = make<KeyValueExpr>(e->pos, e, v);
      kv->colon = colon;
      e = kv;
    }
    n->elts.push_back(e);
    return false;
  });
  xnest_--;
  return n;
}

Expr* Parser::bareComplitexpr() {
  if (kind() == K::LBrace) return complitexpr(nullptr);  // elided element type
  return expr();
}

// A list of expressions (strict: types) inside [...]; comma reports a comma
// after the first element (x[a,] is an instantiation, not an index).
void Parser::typeList(std::vector<Expr*>& out, bool& comma, bool strict) {
  xnest_++;
  out.push_back(strict ? type_() : expr());
  if (got(K::Comma)) {
    comma = true;
    while (kind() != K::RBrack && kind() != K::Eof) {
      Expr* t = typeOrNil();
      if (!t) break;
      out.push_back(t);
      if (!got(K::Comma)) break;
    }
  }
  xnest_--;
}

// ---------------------------------------------------------------- types

Expr* Parser::type_() {
  Expr* t = typeOrNil();
  if (!t) {
    t = badExpr(pos());
    syntaxError("expected type");
  }
  return t;
}

Expr* Parser::typeOrNil() {
  Nest guard(*this);
  if (!guard.ok) return badExpr(pos());
  Pos p = pos();
  switch (kind()) {
    case K::Mul:
      next();
      return make<StarExpr>(p, type_());
    case K::Arrow:
      next();
      want(K::Chan);
      return make<ChanType>(p, ChanDir::Recv, chanElem());
    case K::Func:
      next();
      return funcType(p, "function type");
    case K::LBrack:
      next();
      if (got(K::RBrack)) return make<ArrayType>(p, nullptr, type_());
      return arrayType(p, nullptr);
    case K::Chan: {
      next();
      ChanDir dir = got(K::Arrow) ? ChanDir::Send : ChanDir::Both;
      return make<ChanType>(p, dir, chanElem());
    }
    case K::Map: {
      next();
      want(K::LBrack);
      Expr* key = type_();
      want(K::RBrack);
      Expr* val = type_();
      return make<MapType>(p, key, val);
    }
    case K::Struct: return structType();
    case K::Interface: return interfaceType();
    case K::Ident: return qualifiedName(nullptr);
    case K::LParen: {
      next();
      Expr* t = type_();
      want(K::RParen);
      return make<ParenExpr>(p, t);
    }
    default: return nullptr;
  }
}

Expr* Parser::chanElem() {
  Expr* t = typeOrNil();
  if (!t) {
    t = badExpr(pos());
    syntaxError("missing channel element type");
  }
  return t;
}

// "[" ( Expression | "..." ) "]" ElementType ; len may already be parsed.
Expr* Parser::arrayType(Pos lbrack, Expr* len) {
  if (!len) {
    if (kind() == K::Ellipsis) {
      len = make<Ellipsis>(pos(), nullptr);
      next();
    } else {
      xnest_++;
      len = expr();
      xnest_--;
    }
  }
  if (kind() == K::Comma) {
    // Trailing commas are accepted in instantiations but not in array types.
    syntaxError("unexpected comma; expected ]");
    return badExpr(lbrack);
  }
  want(K::RBrack);
  return make<ArrayType>(lbrack, len, type_());
}

// After a name: "[" n "]" E (array type) or "[" T1, ... "]" (type arguments;
// the caller fills in IndexExpr::x).
Expr* Parser::arrayOrTArgs() {
  Pos p = pos();
  want(K::LBrack);
  if (got(K::RBrack)) return make<ArrayType>(p, nullptr, type_());
  std::vector<Expr*> list;
  bool comma = false;
  typeList(list, comma, false);
  want(K::RBrack);
  if (!comma && list.size() == 1) {
    if (Expr* elem = typeOrNil()) return make<ArrayType>(p, list[0], elem);
  }
  auto* ix = make<IndexExpr>(p, nullptr);
  ix->lbrack = p;
  ix->indices = std::move(list);
  return ix;
}

// TypeName [ TypeArgs ] with TypeName = identifier | PackageName "." identifier .
Expr* Parser::qualifiedName(Ident* n) {
  Expr* x = n ? n : name();
  if (kind() == K::Period) {
    Pos dot = pos();
    next();
    auto* s = make<SelectorExpr>(x->pos, x, name());
    s->dot = dot;
    x = s;
  }
  if (kind() == K::LBrack) x = typeInstance(x);
  return x;
}

Expr* Parser::typeInstance(Expr* x) {
  Pos p = pos();
  want(K::LBrack);
  auto* ix = make<IndexExpr>(x->pos, x);
  ix->lbrack = p;
  if (kind() == K::RBrack) {
    syntaxError("expected type argument list");
    return ix;
  }
  bool comma = false;
  typeList(ix->indices, comma, true);
  want(K::RBrack);
  return ix;
}

// Signature = [ TypeParams ] Parameters [ Result ] ; context is non-empty
// where type parameters are not permitted ("function type", "method", ...).
FuncType* Parser::funcType(Pos p, const char* context) {
  FieldList* tparams = nullptr;
  if (kind() == K::LBrack) {
    Pos lb = pos();
    if (context[0]) {
      syntaxErrorAt(lb, std::string(context) + " must have no type parameters");
      return make<FuncType>(p, make<FieldList>(p));
    }
    next();
    if (kind() == K::RBrack) {
      syntaxError("empty type parameter list");
      return make<FuncType>(p, make<FieldList>(p));
    }
    tparams = paramList(lb, nullptr, nullptr, K::RBrack, true);
  }
  Pos lp = pos();
  want(K::LParen);
  FieldList* params = paramList(lp, nullptr, nullptr, K::RParen, false);
  auto* ft = make<FuncType>(p, params);
  ft->typeParams = tparams;
  ft->results = funcResult();
  return ft;
}

FieldList* Parser::funcResult() {
  Pos p = pos();
  if (got(K::LParen)) return paramList(p, nullptr, nullptr, K::RParen, false);
  if (Expr* t = typeOrNil()) {
    auto* fl = make<FieldList>(p);
    fl->list.push_back(make<Field>(t->pos, t));
    return fl;
  }
  return nullptr;
}

namespace {
struct Param {
  Ident* name = nullptr;
  Expr* type = nullptr;
  Pos pos;
};
}  // namespace

// Parameters (close == RParen) or type parameters (close == RBrack,
// requireNames). The opening token has been consumed. For `type T[P C]`
// the caller passes the already parsed first name (and constraint).
FieldList* Parser::paramList(Pos open, Ident* first, Expr* firstType, K close, bool requireNames) {
  auto* fl = make<FieldList>(open);
  std::vector<Param> ps;
  int named = 0, typed = 0;
  bool typeSetsOk = close == K::RBrack;

  auto paramDecl = [&](Ident* n, Param& f) -> bool {
    f.pos = n ? n->pos : pos();
    if (!n && typeSetsOk && kind() == K::Tilde) {
      f.type = embeddedElem(nullptr);
      return true;
    }
    if (kind() == K::Ident || n) {
      if (!n) n = name();
      if (kind() == K::LBrack) {
        // n "[" ... : array-typed parameter n [N]E, or instantiated type n[T]
        Expr* t = arrayOrTArgs();
        if (t->kind == NodeKind::IndexExpr) {
          t->as<IndexExpr>()->x = n;
          t->pos = n->pos;
          f.type = t;
        } else {
          f.name = n;
          f.type = t;
        }
        if (typeSetsOk && kind() == K::Or) f.type = embeddedElem(f.type);
        return true;
      }
      if (kind() == K::Period) {
        f.type = qualifiedName(n);
        if (typeSetsOk && kind() == K::Or) f.type = embeddedElem(f.type);
        return true;
      }
      if (typeSetsOk && kind() == K::Or) {
        f.type = embeddedElem(n);
        return true;
      }
      f.name = n;
    }
    if (kind() == K::Ellipsis) {
      Pos ep = pos();
      next();
      Expr* e = typeOrNil();
      if (!e) {
        e = badExpr(pos());
        syntaxError("... is missing type");
      }
      f.type = make<Ellipsis>(ep, e);
      return true;
    }
    if (typeSetsOk && kind() == K::Tilde) {
      f.type = embeddedElem(nullptr);
      return true;
    }
    f.type = typeOrNil();
    if (typeSetsOk && kind() == K::Or && f.type) f.type = embeddedElem(f.type);
    if (!f.name && !f.type) {
      syntaxError("expected " + tokstring(close));
      return false;
    }
    return true;
  };

  xnest_++;
  Pos end = list("parameter list", K::Comma, close, [&] {
    Param f;
    bool ok;
    if (firstType) {
      f.name = first;
      f.type = firstType;
      f.pos = first->pos;
      ok = true;
    } else {
      ok = paramDecl(first, f);
    }
    first = nullptr;
    firstType = nullptr;
    if (ok) {
      if (f.name && f.type) named++;
      if (f.type) typed++;
      ps.push_back(f);
    }
    return false;
  });
  xnest_--;
  if (ps.empty() || failed_) return fl;

  if (named == 0 && !requireNames) {
    // all unnamed: names are type names
    for (Param& p : ps) {
      if (p.name) {
        p.type = p.name;
        p.name = nullptr;
      }
    }
  } else if (named != int(ps.size())) {
    // some named (or a type parameter list): all must be named; a name
    // without a type takes the type of the next parameter that has one
    Pos errPos{0, 0};
    Expr* typ = nullptr;
    for (size_t i = ps.size(); i-- > 0;) {
      Param& p = ps[i];
      if (p.type) {
        typ = p.type;
        if (!p.name) {
          errPos = p.type->pos;
          p.name = make<Ident>(errPos, "_");
        }
      } else if (typ) {
        p.type = typ;
      } else {
        errPos = p.name->pos;
        p.type = badExpr(errPos);
      }
    }
    if (errPos.line) {
      std::string msg;
      if (requireNames) {
        if (named == typed) {
          errPos = end;
          msg = "missing type constraint";
        } else {
          msg = "missing type parameter name";
          if (ps.size() == 1) msg += " or invalid array length";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntaxErrorAt(errPos, msg);
      return fl;
    }
  }
  // Group consecutive names sharing one type expression into one Field.
  for (Param& p : ps) {
    if (p.name && !fl->list.empty()) {
      Field* last = fl->list.back();
      if (!last->names.empty() && last->typeExpr == p.type) {
        last->names.push_back(p.name);
        continue;
      }
    }
    auto* f = make<Field>(p.name ? p.name->pos : p.type->pos, p.type);
    if (p.name) f->names.push_back(p.name);
    fl->list.push_back(f);
  }
  return fl;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::structType() {
  Pos p = pos();
  next();  // struct
  auto* fl = make<FieldList>(pos());
  want(K::LBrace);
  list("struct type", K::Semicolon, K::RBrace, [&] {
    fieldDecl(fl);
    return false;
  });
  return make<StructType>(p, fl);
}

// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
void Parser::fieldDecl(FieldList* fl) {
  Pos p = pos();
  switch (kind()) {
    case K::Ident: {
      Ident* n = name();
      if (kind() == K::Period || kind() == K::String || kind() == K::Semicolon || kind() == K::RBrace) {
        // embedded type
        Expr* typ = qualifiedName(n);
        auto* f = make<Field>(p, typ);
        f->tag = tagOrNil();
        fl->list.push_back(f);
        return;
      }
      std::vector<Ident*> names = nameList(n);
      Expr* typ;
      if (names.size() == 1 && kind() == K::LBrack) {
        // embedded generic type T[A] or field of array/slice type
        typ = arrayOrTArgs();
        if (typ->kind == NodeKind::IndexExpr) {
          typ->as<IndexExpr>()->x = n;
          typ->pos = n->pos;
          auto* f = make<Field>(p, typ);
          f->tag = tagOrNil();
          fl->list.push_back(f);
          return;
        }
      } else {
        typ = type_();
      }
      auto* f = make<Field>(p, typ);
      f->names = std::move(names);
      f->tag = tagOrNil();
      fl->list.push_back(f);
      return;
    }
    case K::Mul: {
      next();
      if (kind() == K::LParen) {
        syntaxError("cannot parenthesize embedded type");
        return;
      }
      Expr* typ = qualifiedName(nullptr);
      auto* f = make<Field>(p, make<StarExpr>(p, typ));
      f->tag = tagOrNil();
      fl->list.push_back(f);
      return;
    }
    case K::LParen:
      syntaxError("cannot parenthesize embedded type");
      return;
    default:
      syntaxError("expected field name or embedded type");
      return;
  }
}

BasicLit* Parser::tagOrNil() {
  if (kind() != K::String) {
    if (isLiteral(kind())) {
      // gc accepts any literal here and the checker complains; keep it simple
      syntaxError("expected semicolon, newline, or }");
    }
    return nullptr;
  }
  auto* b = make<BasicLit>(pos(), K::String, tok_.text);
  next();
  return b;
}

// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
InterfaceType* Parser::interfaceType() {
  Pos p = pos();
  next();  // interface
  auto* fl = make<FieldList>(pos());
  want(K::LBrace);
  list("interface type", K::Semicolon, K::RBrace, [&] {
    Field* f = nullptr;
    if (kind() == K::Ident) f = methodDecl();
    if (!f || f->names.empty()) {
      Expr* t = embeddedElem(f ? f->typeExpr : nullptr);
      f = make<Field>(t->pos, t);
    }
    fl->list.push_back(f);
    return false;
  });
  return make<InterfaceType>(p, fl);
}

// MethodElem = MethodName Signature ; or an embedded type name.
Field* Parser::methodDecl() {
  Pos p = pos();
  Ident* n = name();
  if (kind() == K::LParen) {
    FuncType* ft = funcType(p, "interface method");
    auto* f = make<Field>(p, ft);
    f->names.push_back(n);
    return f;
  }
  if (kind() == K::LBrack) {
    // A generic method m[P C](...) (not permitted) or an embedded instantiated
    // type T[A, B]: parse a parameter list and decide from whether it has names.
    Pos lb = pos();
    next();
    if (kind() == K::RBrack) {
      errorAt(lb, "empty type argument list");
      return make<Field>(p, n);
    }
    FieldList* list = paramList(lb, nullptr, nullptr, K::RBrack, false);
    if (!list->list.empty() && !list->list[0]->names.empty()) {
      errorAt(lb, "interface method must have no type parameters");
      return make<Field>(p, n);
    }
    auto* ix = make<IndexExpr>(n->pos, n);
    ix->lbrack = lb;
    for (Field* f : list->list) ix->indices.push_back(f->typeExpr);
    return make<Field>(p, ix);
  }
  return make<Field>(p, qualifiedName(n));
}

// TypeElem = TypeTerm { "|" TypeTerm } .
Expr* Parser::embeddedElem(Expr* first) {
  Expr* x = first ? first : embeddedTerm();
  while (kind() == K::Or) {
    Pos op = pos();
    next();
    Expr* y = embeddedTerm();
    x = make<BinaryExpr>(x->pos, K::Or, x, y, op);
  }
  return x;
}

// TypeTerm = Type | "~" Type .
Expr* Parser::embeddedTerm() {
  Pos p = pos();
  if (kind() == K::Tilde) {
    next();
    return make<UnaryExpr>(p, K::Tilde, type_());
  }
  Expr* t = typeOrNil();
  if (!t) {
    t = badExpr(p);
    syntaxError("expected ~ term or type");
  }
  return t;
}

}  // namespace heapscope
