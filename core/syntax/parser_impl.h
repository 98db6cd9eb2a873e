// Internal to the parser (parser.cpp, parser_expr.cpp, parser_stmt.cpp):
// the recursive-descent Parser. One token of lookahead (tok_). The grammar
// functions mirror the Go spec's productions; error messages and the
// composite-literal/header rules (xnest_) follow cmd/compile's parser so
// that first errors match gc's.
//
// Invariants: once an error is recorded, failed_ is set and the current
// token is forced to Eof forever, so every loop (all of which stop at Eof)
// unwinds quickly and no further errors are recorded. Every grammar function
// returns a non-null node (a BadExpr/BadStmt placeholder after an error)
// unless its name ends in OrNil.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "syntax/ast.h"
#include "syntax/ast_dump.h"
#include "syntax/lexer.h"

namespace heapscope {

class Parser {
 public:
  using K = Token::Kind;
  Parser(std::string_view src, File* file, std::vector<SyntaxError>& errors);
  void parseFile();
  // Moves the first error (if any) to the caller's vector; returns whether one was found.
  bool finish();

  // ---- tokens and errors (parser.cpp)
  K kind() const { return tok_.kind; }
  Pos pos() const { return Pos{tok_.line, tok_.col}; }
  void next();
  bool got(K k) {
    if (tok_.kind != k) return false;
    next();
    return true;
  }
  void want(K k);
  bool gotAssign();
  bool failed() const { return failed_; }
  void errorAt(Pos p, const std::string& msg);        // message as is
  void syntaxErrorAt(Pos p, const std::string& msg);  // gc's "syntax error: ..." composition
  void syntaxError(const std::string& msg) { syntaxErrorAt(pos(), msg); }
  static std::string tokstring(K k);

  // Depth guard: counts nesting of the recursive grammar functions.
  struct Nest {
    Parser& p;
    bool ok;
    explicit Nest(Parser& pp) : p(pp), ok(++pp.depth_ <= kMaxNestingLevels()) {
      if (!ok) p.tooDeep();
    }
    ~Nest() { --p.depth_; }
  };
  static int kMaxNestingLevels();
  void tooDeep();

  template <class T, class... A> T* make(A&&... a) { return file_->arena.make<T>(std::forward<A>(a)...); }
  Expr* badExpr(Pos p) { return make<Expr>(NodeKind::BadExpr, p); }
  Stmt* badStmt(Pos p) { return make<Stmt>(NodeKind::BadStmt, p); }

  // list = [ f { sep f } [sep] ] close ; returns the position of close.
  template <class F> Pos list(const char* context, K sep, K close, F f) {
    bool done = false;
    while (kind() != K::Eof && kind() != close && !done) {
      done = f();
      if (!got(sep) && kind() != close) {
        syntaxError(std::string("in ") + context + "; possibly missing " + tokstring(sep) + " or " +
                    tokstring(close));
        return pos();
      }
    }
    Pos p = pos();
    want(close);
    return p;
  }

  // ---- declarations (parser.cpp)
  Ident* name();
  std::vector<Ident*> nameList(Ident* first);
  GenDecl* genDecl(K keyword);
  Spec* importSpec();
  Spec* constSpec(int iota, ValueSpec* prev);
  Spec* varSpec();
  Spec* typeSpec();
  FuncDecl* funcDeclOrNil();
  BlockStmt* funcBody();
  Expr* cloneExpr(Expr* e);

  // ---- expressions and types (parser_expr.cpp)
  Expr* expr();
  std::vector<Expr*> exprList();
  Expr* binaryExpr(Expr* x, int prec);
  Expr* unaryExpr();
  Expr* pexpr(Expr* x, bool keepParens);
  Expr* operand(bool keepParens);
  CompositeLit* complitexpr(Expr* type);
  Expr* bareComplitexpr();
  void typeList(std::vector<Expr*>& out, bool& comma, bool strict);
  Expr* type_();
  Expr* typeOrNil();
  Expr* chanElem();
  Expr* arrayType(Pos lbrack, Expr* len);
  Expr* arrayOrTArgs();
  Expr* qualifiedName(Ident* name);
  Expr* typeInstance(Expr* x);
  FuncType* funcType(Pos p, const char* context);
  FieldList* funcResult();
  FieldList* paramList(Pos open, Ident* name, Expr* typ, K close, bool requireNames);
  StructType* structType();
  void fieldDecl(FieldList* fl);
  BasicLit* tagOrNil();
  InterfaceType* interfaceType();
  Field* methodDecl();
  Expr* embeddedElem(Expr* first);
  Expr* embeddedTerm();

  // ---- statements (parser_stmt.cpp)
  BlockStmt* blockStmt(const char* context);
  std::vector<Stmt*> stmtList();
  Stmt* stmtOrNil();
  Stmt* simpleStmt(std::vector<Expr*> lhs, K keyword);
  Stmt* rangeClause(std::vector<Expr*> lhs, K tok, Pos p);
  void header(K keyword, Stmt*& init, Stmt*& cond, Stmt*& post);
  Expr* condExpr(Stmt* s, K keyword);
  Stmt* ifStmt();
  Stmt* forStmt();
  Stmt* switchStmt();
  Stmt* selectStmt();
  Stmt* callStmt();
  Stmt* labeledStmt(Ident* label);
  Stmt* declStmt(K keyword);

  // Lexical errors do not stop parsing at once: gc reports errors sorted by
  // position, so a syntax error at the start of a malformed token (e.g.
  // "unexpected literal 0x") precedes the lexer's error inside it. finish()
  // picks the earlier of the first lexical and the first syntax error.
  std::vector<SyntaxError> lexErrors_;
  ErrorSink sink_;  // lexer errors go to lexErrors_; declared before lex_, which holds a reference
  Lexer lex_;
  std::vector<SyntaxError>* out_;
  bool haveSyntaxError_ = false;
  SyntaxError syntaxErr_;
  Token tok_;
  File* file_;
  bool failed_ = false;
  int depth_ = 0;
  int xnest_ = 0;   // >= 0: composite literals allowed after a bare type name; < 0 inside control clause headers
  int fnest_ = 0;   // inside function bodies
};

}  // namespace heapscope
