// The Go syntax tree, produced by the parser, annotated in place by the type
// checker (the "typed AST"), read by the compiler.
//
// Ownership: every node is allocated in an AstArena owned by the File; nodes
// point at each other with raw pointers and die with the arena.
// Positions: every node has the 1-based line/col of its first token (Go's
// convention for error positions: e.g. a binary expr reports its operator's
// position in some errors, so BinaryExpr also keeps opPos).
//
// Annotation fields (marked [checker]) are nullptr/zero after parsing and
// filled by core/types/checker; the compiler may rely on them for every node
// reachable from a function body that type-checked without errors.
#pragma once
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "syntax/token.h"

namespace heapscope {

struct Type;       // core/types/types.h
struct Symbol;     // core/types/types.h (a declared entity: var, const, type, func, package, builtin, label)
struct ConstValue; // core/types/constant.h (exact untyped/typed constant)

struct Pos {
  int line = 0, col = 0;
};

// ---------------------------------------------------------------- base nodes
enum class NodeKind : uint8_t {
  // expressions
  BadExpr, Ident, BasicLit, CompositeLit, FuncLit, ParenExpr, SelectorExpr,
  IndexExpr,       // x[i], also generic instantiation f[T] / T[A, B] (indices.size() may be > 1)
  SliceExpr, TypeAssertExpr, CallExpr, StarExpr, UnaryExpr, BinaryExpr,
  KeyValueExpr,
  // type expressions
  ArrayType, StructType, FuncType, InterfaceType, MapType, ChanType, Ellipsis,
  // statements
  BadStmt, DeclStmt, EmptyStmt, LabeledStmt, ExprStmt, SendStmt, IncDecStmt,
  AssignStmt, GoStmt, DeferStmt, ReturnStmt, BranchStmt, BlockStmt, IfStmt,
  CaseClause, SwitchStmt, TypeSwitchStmt, CommClause, SelectStmt, ForStmt,
  RangeStmt,
  // declarations
  ImportSpec, ValueSpec, TypeSpec, GenDecl, FuncDecl,
  Field, FieldList, File
};

struct Node {
  NodeKind kind;
  Pos pos;
  explicit Node(NodeKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Node() = default;
  template <class T> T* as() { return static_cast<T*>(this); }
  template <class T> const T* as() const { return static_cast<const T*>(this); }
};

// How the checker classified an expression (go/types' "operand mode").
enum class ExprMode : uint8_t {
  Invalid, NoValue, Builtin, TypeExpr, Constant, Variable /* addressable */,
  MapIndex, Value, CommaOk /* map index, type assert, chan recv usable with ok */,
  Package
};

struct Expr : Node {
  using Node::Node;
  const Type* type = nullptr;          // [checker] type of the value (or the denoted type for TypeExpr)
  ExprMode mode = ExprMode::Invalid;   // [checker]
  const ConstValue* constant = nullptr;// [checker] set when mode == Constant (already converted to `type`)
};
struct Stmt : Node { using Node::Node; };

struct Ident : Expr {
  std::string name;
  Symbol* symbol = nullptr;  // [checker] what it refers to (nullptr for "_" / declaration of "_")
  Ident(Pos p, std::string n) : Expr(NodeKind::Ident, p), name(std::move(n)) {}
};

struct BasicLit : Expr {
  Token::Kind litKind;  // Int, Float, Imag, Char, String
  std::string text;     // raw source text of the literal
  BasicLit(Pos p, Token::Kind k, std::string t) : Expr(NodeKind::BasicLit, p), litKind(k), text(std::move(t)) {}
};

struct KeyValueExpr : Expr {
  Expr* key; Expr* value;
  Pos colon;  // gc reports some errors here
  KeyValueExpr(Pos p, Expr* k, Expr* v) : Expr(NodeKind::KeyValueExpr, p), key(k), value(v) {}
};

struct CompositeLit : Expr {
  Expr* typeExpr;  // may be nullptr for elided types inside another literal
  std::vector<Expr*> elts;  // KeyValueExpr or plain
  Pos rbrace;
  Pos lbrace;  // gc's position of a composite literal
  // [checker] for struct literals: field index per element (same order as elts)
  std::vector<int> fieldIndex;
  // [checker] for array/slice literals: element index per element; `length` the resulting length
  std::vector<int64_t> eltIndex;
  int64_t length = 0;
  CompositeLit(Pos p, Expr* t) : Expr(NodeKind::CompositeLit, p), typeExpr(t) {}
};

struct FuncType;
struct BlockStmt;
struct FuncLit : Expr {
  FuncType* sig; BlockStmt* body;
  // [checker] variables of enclosing functions referenced in the body (its captures, in first-use order)
  std::vector<Symbol*> captures;
  FuncLit(Pos p, FuncType* s, BlockStmt* b) : Expr(NodeKind::FuncLit, p), sig(s), body(b) {}
};

struct ParenExpr : Expr {
  Expr* x;
  ParenExpr(Pos p, Expr* e) : Expr(NodeKind::ParenExpr, p), x(e) {}
};

// What a selector x.f resolved to.
enum class SelectionKind : uint8_t {
  None, PackageMember /* pkg.Name */, Field, Method /* x.m as call target or value */,
  MethodExpr /* T.m or (*T).m */
};
struct SelectorExpr : Expr {
  Expr* x; Ident* sel;
  Pos dot;  // gc's position of a selector expression
  // [checker]
  SelectionKind selKind = SelectionKind::None;
  std::vector<int> path;        // field indices through embedded fields; last = field (Field) or the embedded path to the receiver (Method)
  std::vector<bool> derefs;     // for each step of `path`, whether a pointer is dereferenced before it (Go's implicit *)
  Symbol* method = nullptr;     // Method/MethodExpr: the method's symbol (FuncDecl), or interface method
  bool methodOnInterface = false;  // x (after path) is an interface: dynamic dispatch
  bool addrOfRecv = false;      // Method: receiver needs & (pointer method on addressable value)
  bool derefRecv = false;       // Method: receiver needs * (value method on pointer)
  SelectorExpr(Pos p, Expr* e, Ident* s) : Expr(NodeKind::SelectorExpr, p), x(e), sel(s) {}
};

struct IndexExpr : Expr {
  Expr* x; std::vector<Expr*> indices;  // several only for generic instantiation
  Pos lbrack;
  // [checker] when x is a generic function/type: the instantiated type arguments
  std::vector<const Type*> typeArgs;
  IndexExpr(Pos p, Expr* e) : Expr(NodeKind::IndexExpr, p), x(e) {}
};

struct SliceExpr : Expr {
  Expr* x; Expr* low = nullptr; Expr* high = nullptr; Expr* max = nullptr;
  bool slice3 = false;
  Pos lbrack;  // gc's position of a slice expression
  SliceExpr(Pos p, Expr* e) : Expr(NodeKind::SliceExpr, p), x(e) {}
};

struct TypeAssertExpr : Expr {
  Expr* x; Expr* typeExpr;  // typeExpr == nullptr for x.(type) in a type switch
  Pos dot;  // gc's position of a type assertion
  TypeAssertExpr(Pos p, Expr* e, Expr* t) : Expr(NodeKind::TypeAssertExpr, p), x(e), typeExpr(t) {}
};

// What a call expression is, once checked.
enum class CallKind : uint8_t { Unknown, Regular, Method, InterfaceMethod, Conversion, Builtin };
struct CallExpr : Expr {
  Expr* fun; std::vector<Expr*> args;
  Pos lparen, rparen;
  bool hasEllipsis = false;  // f(xs...)
  // [checker]
  CallKind callKind = CallKind::Unknown;
  int builtinId = -1;                     // for Builtin: see BuiltinId in types.h
  std::vector<const Type*> typeArgs;      // inferred/explicit type args of a generic callee
  CallExpr(Pos p, Expr* f) : Expr(NodeKind::CallExpr, p), fun(f) {}
};

struct StarExpr : Expr {  // *x: dereference or pointer type
  Expr* x;
  StarExpr(Pos p, Expr* e) : Expr(NodeKind::StarExpr, p), x(e) {}
};

struct UnaryExpr : Expr {
  Token::Kind op;  // Add Sub Not Xor And(&x) Arrow(<-x) Tilde (in constraints)
  Expr* x;
  UnaryExpr(Pos p, Token::Kind o, Expr* e) : Expr(NodeKind::UnaryExpr, p), op(o), x(e) {}
};

struct BinaryExpr : Expr {
  Token::Kind op; Expr* x; Expr* y; Pos opPos;
  BinaryExpr(Pos p, Token::Kind o, Expr* a, Expr* b, Pos op_) : Expr(NodeKind::BinaryExpr, p), op(o), x(a), y(b), opPos(op_) {}
};

// ---------------------------------------------------------------- types
struct Field : Node {
  std::vector<Ident*> names;  // empty for anonymous/embedded fields and unnamed params
  Expr* typeExpr;
  BasicLit* tag = nullptr;
  Field(Pos p, Expr* t) : Node(NodeKind::Field, p), typeExpr(t) {}
};
struct FieldList : Node {
  std::vector<Field*> list;
  FieldList(Pos p) : Node(NodeKind::FieldList, p) {}
  size_t numFields() const;  // counts names (or 1 for an unnamed field)
};

struct ArrayType : Expr {  // [N]T, [...]T (len is an Ellipsis), []T (len == nullptr)
  Expr* len; Expr* elem;
  ArrayType(Pos p, Expr* l, Expr* e) : Expr(NodeKind::ArrayType, p), len(l), elem(e) {}
};
struct StructType : Expr {
  FieldList* fields;
  StructType(Pos p, FieldList* f) : Expr(NodeKind::StructType, p), fields(f) {}
};
struct FuncType : Expr {
  FieldList* typeParams = nullptr;  // only on FuncDecl signatures
  FieldList* params; FieldList* results = nullptr;
  FuncType(Pos p, FieldList* ps) : Expr(NodeKind::FuncType, p), params(ps) {}
};
struct InterfaceType : Expr {
  // methods: Field with one name and a FuncType; embedded: Field without names
  // whose typeExpr is a type, a union (BinaryExpr with op Or) or ~T (UnaryExpr Tilde)
  FieldList* methods;
  InterfaceType(Pos p, FieldList* m) : Expr(NodeKind::InterfaceType, p), methods(m) {}
};
struct MapType : Expr {
  Expr* key; Expr* value;
  MapType(Pos p, Expr* k, Expr* v) : Expr(NodeKind::MapType, p), key(k), value(v) {}
};
enum class ChanDir : uint8_t { Both, Send, Recv };
struct ChanType : Expr {
  ChanDir dir; Expr* value;
  ChanType(Pos p, ChanDir d, Expr* v) : Expr(NodeKind::ChanType, p), dir(d), value(v) {}
};
struct Ellipsis : Expr {  // ...T in a parameter list, or [...] in an array type (elt == nullptr)
  Expr* elt;
  Ellipsis(Pos p, Expr* e) : Expr(NodeKind::Ellipsis, p), elt(e) {}
};

// ---------------------------------------------------------------- statements
struct BlockStmt : Stmt {
  std::vector<Stmt*> list; Pos rbrace;
  BlockStmt(Pos p) : Stmt(NodeKind::BlockStmt, p) {}
};
struct Decl;
struct DeclStmt : Stmt {
  Decl* decl;
  DeclStmt(Pos p, Decl* d) : Stmt(NodeKind::DeclStmt, p), decl(d) {}
};
struct EmptyStmt : Stmt { EmptyStmt(Pos p) : Stmt(NodeKind::EmptyStmt, p) {} };
struct LabeledStmt : Stmt {
  Ident* label; Stmt* stmt;  // stmt is an EmptyStmt for a label right before '}'
  Pos colon;
  LabeledStmt(Pos p, Ident* l, Stmt* s) : Stmt(NodeKind::LabeledStmt, p), label(l), stmt(s) {}
};
struct ExprStmt : Stmt {
  Expr* x;
  ExprStmt(Pos p, Expr* e) : Stmt(NodeKind::ExprStmt, p), x(e) {}
};
struct SendStmt : Stmt {
  Expr* chan; Expr* value;
  Pos arrow;  // gc's position of a send statement
  SendStmt(Pos p, Expr* c, Expr* v) : Stmt(NodeKind::SendStmt, p), chan(c), value(v) {}
};
struct IncDecStmt : Stmt {
  Expr* x; Token::Kind tok;  // Inc or Dec
  Pos tokPos;  // gc's position of x++ / x--
  IncDecStmt(Pos p, Expr* e, Token::Kind t) : Stmt(NodeKind::IncDecStmt, p), x(e), tok(t) {}
};
struct AssignStmt : Stmt {
  std::vector<Expr*> lhs; Token::Kind tok;  // Assign, Define, or an op-assign (AddAssign, ...)
  std::vector<Expr*> rhs; Pos tokPos;
  // [checker] for Define: which lhs idents declare a new variable
  std::vector<bool> isNew;
  AssignStmt(Pos p, Token::Kind t) : Stmt(NodeKind::AssignStmt, p), tok(t) {}
};
struct GoStmt : Stmt {
  CallExpr* call;
  GoStmt(Pos p, CallExpr* c) : Stmt(NodeKind::GoStmt, p), call(c) {}
};
struct DeferStmt : Stmt {
  CallExpr* call;
  DeferStmt(Pos p, CallExpr* c) : Stmt(NodeKind::DeferStmt, p), call(c) {}
};
struct ReturnStmt : Stmt {
  std::vector<Expr*> results;
  ReturnStmt(Pos p) : Stmt(NodeKind::ReturnStmt, p) {}
};
struct BranchStmt : Stmt {
  Token::Kind tok;  // Break, Continue, Goto, Fallthrough
  Ident* label = nullptr;
  Stmt* target = nullptr;  // [checker] the statement broken/continued (For/Range/Switch/Select), or the LabeledStmt for goto
  BranchStmt(Pos p, Token::Kind t) : Stmt(NodeKind::BranchStmt, p), tok(t) {}
};
struct IfStmt : Stmt {
  Stmt* init = nullptr; Expr* cond; BlockStmt* body; Stmt* els = nullptr;  // els: IfStmt or BlockStmt
  IfStmt(Pos p) : Stmt(NodeKind::IfStmt, p), cond(nullptr), body(nullptr) {}
};
struct CaseClause : Stmt {  // list empty => default
  std::vector<Expr*> list; std::vector<Stmt*> body; bool isDefault = false;
  Symbol* implicit = nullptr;  // [checker] type switch: the clause's own `v` in `switch v := x.(type)`
  CaseClause(Pos p) : Stmt(NodeKind::CaseClause, p) {}
};
struct SwitchStmt : Stmt {
  Stmt* init = nullptr; Expr* tag = nullptr; BlockStmt* body;  // body->list are CaseClauses
  SwitchStmt(Pos p) : Stmt(NodeKind::SwitchStmt, p), body(nullptr) {}
};
struct TypeSwitchStmt : Stmt {
  Stmt* init = nullptr;
  Stmt* assign;  // ExprStmt(TypeAssertExpr with typeExpr nullptr) or AssignStmt(v := x.(type))
  BlockStmt* body;
  TypeSwitchStmt(Pos p) : Stmt(NodeKind::TypeSwitchStmt, p), assign(nullptr), body(nullptr) {}
};
struct CommClause : Stmt {  // comm == nullptr => default
  Stmt* comm = nullptr;  // SendStmt, ExprStmt(<-c), AssignStmt(v[, ok] = / := <-c)
  std::vector<Stmt*> body;
  CommClause(Pos p) : Stmt(NodeKind::CommClause, p) {}
};
struct SelectStmt : Stmt {
  BlockStmt* body;  // CommClauses
  SelectStmt(Pos p) : Stmt(NodeKind::SelectStmt, p), body(nullptr) {}
};
struct ForStmt : Stmt {
  Stmt* init = nullptr; Expr* cond = nullptr; Stmt* post = nullptr; BlockStmt* body = nullptr;
  ForStmt(Pos p) : Stmt(NodeKind::ForStmt, p) {}
};
struct RangeStmt : Stmt {
  Expr* key = nullptr; Expr* value = nullptr; Token::Kind tok = Token::Kind::Illegal;  // Define, Assign, or Illegal (no vars)
  Expr* x = nullptr; BlockStmt* body = nullptr;
  RangeStmt(Pos p) : Stmt(NodeKind::RangeStmt, p) {}
};

// ---------------------------------------------------------------- declarations
struct Spec : Node { using Node::Node; };
struct ImportSpec : Spec {
  Ident* name = nullptr;  // alias, "." or "_"
  BasicLit* path;
  bool used = false;      // [checker]
  ImportSpec(Pos p, BasicLit* pa) : Spec(NodeKind::ImportSpec, p), path(pa) {}
};
struct ValueSpec : Spec {  // const or var
  std::vector<Ident*> names; Expr* typeExpr = nullptr; std::vector<Expr*> values;
  int iota = 0;  // position within its const group
  // const spec without type and values inside a group: the parser fills
  // typeExpr/values with fresh deep copies of the previous spec's (Go's
  // implicit repetition; copies keep the original positions) and sets this.
  bool implicit = false;
  ValueSpec(Pos p) : Spec(NodeKind::ValueSpec, p) {}
};
struct TypeSpec : Spec {
  Ident* name; FieldList* typeParams = nullptr; bool isAlias = false; Expr* typeExpr;
  TypeSpec(Pos p, Ident* n) : Spec(NodeKind::TypeSpec, p), name(n), typeExpr(nullptr) {}
};

struct Decl : Node { using Node::Node; };
struct GenDecl : Decl {
  Token::Kind tok;  // Import, Const, Type, Var
  std::vector<Spec*> specs;
  GenDecl(Pos p, Token::Kind t) : Decl(NodeKind::GenDecl, p), tok(t) {}
};
struct FuncDecl : Decl {
  FieldList* recv = nullptr;  // method receiver (one Field), nullptr for functions
  Ident* name; FuncType* type; BlockStmt* body = nullptr;  // body nullptr: native (stdlib stubs)
  Symbol* symbol = nullptr;   // [checker]
  FuncDecl(Pos p, Ident* n, FuncType* t) : Decl(NodeKind::FuncDecl, p), name(n), type(t) {}
};

// Bump allocator for nodes: 64 KiB blocks, each node preceded by an 8-byte
// size header so the destructor can walk the blocks and run every node's
// (virtual) destructor. Keeps parsing linear and cheap (no malloc per node).
class AstArena {
 public:
  AstArena() = default;
  AstArena(const AstArena&) = delete;
  AstArena& operator=(const AstArena&) = delete;
  ~AstArena();
  template <class T, class... A> T* make(A&&... a) {
    static_assert(alignof(T) <= 8, "AstArena aligns nodes to 8 bytes");
    T* n = new (allocate(sizeof(T))) T(std::forward<A>(a)...);
    count_++;
    return n;
  }
  size_t size() const { return count_; }
 private:
  void* allocate(size_t bytes);  // in ast.cpp
  struct Block { char* data; size_t used, cap; };
  std::vector<Block> blocks_;
  size_t count_ = 0;
};

struct File : Node {
  Ident* packageName = nullptr;
  std::vector<ImportSpec*> imports;
  std::vector<Decl*> decls;
  std::string fileName;  // as used in diagnostics ("prog.go")
  AstArena arena;
  File() : Node(NodeKind::File, Pos{1, 1}) {}
};

}  // namespace heapscope
