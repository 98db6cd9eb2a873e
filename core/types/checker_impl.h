// Internal state of the type checker, shared by the checker_*.cpp files
// (one concern each: decls, types, exprs, calls, builtins, stmts, generics).
//
// Invariants:
//  - Package-level objects are resolved lazily with colours (White -> Grey ->
//    Black); meeting a Grey object is a declaration cycle.
//  - Every recursive walk over user syntax goes through a DepthGuard, so deep
//    nesting yields a diagnostic instead of exhausting the C++ stack.
#pragma once
#include <deque>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "types/checker.h"

namespace heapscope {

// Go 1.22 std members our preludes lack (std_members.cpp).
bool isUnprovidedStdMember(const std::string& path, const std::string& name);

constexpr int kMaxCheckDepth = 1100;  // above the parser's kMaxNesting

class Checker;
struct BlockStmt;
// goto jumping into a block or over a variable declaration (checker_goto.cpp)
void checkGotoJumps(Checker& c, BlockStmt* body);

struct DeclInfo {
  enum Color : uint8_t { White, Grey, Black } color = White;
  File* file = nullptr;
  ValueSpec* vspec = nullptr;   // const/var
  int index = 0;                // position in vspec->names
  Expr* constType = nullptr;    // const: inherited type expr
  std::vector<Expr*>* constValues = nullptr;  // const: inherited init exprs
  int iota = 0;
  TypeSpec* tspec = nullptr;
  FuncDecl* fdecl = nullptr;
  std::set<Symbol*> deps;       // package-level vars/funcs referenced (init order)
};

struct FuncCtx {
  Node* decl = nullptr;          // FuncDecl or FuncLit
  FuncLit* lit = nullptr;
  const Type* sig = nullptr;
  FuncCtx* parent = nullptr;
  std::vector<Symbol*> results;  // named results (empty when unnamed)
  bool namedResults = false;
  std::map<std::string, LabeledStmt*> labels;
  std::map<std::string, bool> labelUsed;
};

struct BranchCtx {  // an enclosing statement that break/continue may target
  Stmt* stmt;
  bool isLoop;
  bool isSelectOrSwitch;
  std::string label;
};

class Checker {
 public:
  Checker(TypeTable& tt, const ImportResolver& resolver, const ParseFn& parse, CheckResult& result);
  void run(File* mainFile);

  // ---- diagnostics (checker_errors.cpp)
  void error(Pos p, const std::string& msg);
  void softError(Pos p, const std::string& msg) { error(p, msg); }
  std::string describe(const Expr* e);            // "x (variable of type int)"
  std::string typeStr(const Type* t) { return t ? t->str(false) : "invalid type"; }
  std::string constraintStr(const Type* c);
  std::string genericTypeStr(const Type* generic);
  void validVarType(Expr* e, const Type* t);
  // types2 prints the predeclared aliases byte/rune by the name used; our type
  // table interns them as uint8/int32, so declarations with such a spelled type
  // set this while their initializers are assigned (see spelledTypeOf).
  std::string declTypeSpelling_;
  std::string spelledTypeOf(const Expr* typeExpr);
  bool tooDeep(Pos p);
  int depth_ = 0;
  bool depthReported_ = false;
  struct DepthGuard {
    Checker& c;
    bool ok;
    DepthGuard(Checker& ch, Pos p) : c(ch) { c.depth_++; ok = !c.tooDeep(p); }
    ~DepthGuard() { c.depth_--; }
  };

  // ---- packages (checker_packages.cpp) & declarations (checker_decls.cpp)
  Package* checkPackage(const std::string& path, File* file);
  Package* importPackage(const std::string& path, ImportSpec* spec);
  void collectObjects(File* f);
  void resolveObj(Symbol* s);
  void declareMethod(FuncDecl* fd);
  void resolveTypeDecl(Symbol* s, TypeSpec* ts);
  void resolveConst(Symbol* s, DeclInfo& d);
  void resolveVar(Symbol* s, DeclInfo& d);
  void resolveFunc(Symbol* s, FuncDecl* fd);
  void checkFuncBody(Symbol* s, FuncDecl* fd);
  void validTypes();
  void computeInitOrder(Package* p);
  void declare(Scope* sc, Symbol* s, Pos p);
  // A package-level symbol (const, var, type, func or method) of the package
  // being collected, declared by `decl`; the caller declares it in a scope.
  Symbol* newPackageSymbol(SymbolKind k, const std::string& name, Pos pos, Node* decl);
  void declareLocal(Symbol* s, Pos p);
  void reportUnused(Scope* sc);
  void checkUnusedImports(File* f);

  // ---- start-up: prelude bodies only when reachable (checker_reach.cpp)
  // Every reference the checker resolves to a package-level object of a
  // prelude (not main) goes through reach(); drainReachable() checks the
  // bodies of reached functions and methods, which reach further. In a
  // prelude only code that runs counts (bodies, variable initializers), not
  // the signatures and type declarations every package has resolved.
  void reach(Symbol* s) {
    if (s && s->isGlobal && s->pkg && s->pkg != userPkg_ && !checkAllPreludeBodies_ &&
        (fn || inVarInit_ || pkg == userPkg_))
      markReached(s);
  }
  bool inVarInit_ = false;  // resolving a package-level variable (its initializer runs)
  void markReached(Symbol* s);  // unconditionally (a reached type's methods, init())
  void reachType(const Type* t);
  void drainReachable();
  void checkReachedBody(Symbol* s);
  bool lazyBodies(Package* p) const { return p != userPkg_ && !checkAllPreludeBodies_; }
  Package* userPkg_ = nullptr;  // the main file's package: always fully checked
  bool checkAllPreludeBodies_ = false;
  std::unordered_set<const Symbol*> reached_;
  std::unordered_set<const Type*> reachedTypes_;
  std::vector<Symbol*> reachQueue_;
  // Methods of reached prelude types whose name no interface has (yet):
  // reached when an interface with that name appears (noteInterfaceMethods).
  std::unordered_map<std::string, std::vector<Symbol*>> parkedMethods_;
  void noteInterfaceMethods(const Type* iface);

  // ---- type expressions (checker_typexpr.cpp)
  const Type* typeExpr(Expr* e);           // reports "x is not a type"
  const Type* typeExprOrNull(Expr* e);     // nullptr if e does not denote a type (no error)
  const Type* typeExprOrNullGeneric(Expr* e);  // also accepts an uninstantiated generic type name
  const Type* constraintOf(const Type* tp) { return tp && tp->kind == TypeKind::TypeParam ? tp->underlyingType : nullptr; }
  const Type* funcType(FuncType* ft, std::vector<Symbol*>* paramSyms, std::vector<Symbol*>* resultSyms,
                       bool declareParams, Node* owner);
  const Type* structType(StructType* st);
  const Type* interfaceType(InterfaceType* it, Symbol* declSym);
  std::vector<Symbol*> declareTypeParams(FieldList* fl);
  const Type* instantiateType(Expr* at, const Type* generic, const std::vector<Expr*>& argExprs, std::vector<const Type*>* argsOut);
  int64_t arrayLength(Expr* e);

  // ---- expressions (checker_exprs.cpp)
  void expr(Expr* e, const Type* hint = nullptr);   // any mode
  void rvalue(Expr* e, const Type* hint = nullptr); // must be a single value
  void singleValue(Expr* e);                         // the checks of rvalue on an already checked expr
  void exprOrType(Expr* e, const Type* hint = nullptr);
  void exprInternal(Expr* e, const Type* hint);
  void ident(Ident* id, bool lhs = false);
  void basicLit(BasicLit* lit);
  void compositeLit(CompositeLit* cl, const Type* hint);
  // Elements of an array or slice literal (bound: the array's length, or -1
  // for a slice and [...]T): index keys, duplicates, bounds. Returns the length
  // the elements span.
  int64_t arrayLiteralElems(CompositeLit* cl, const Type* elem, int64_t bound);
  void funcLit(FuncLit* fl);
  void selector(SelectorExpr* se);
  void indexExpr(IndexExpr* ie, const Type* hint);
  void sliceExpr(SliceExpr* se);
  void typeAssert(TypeAssertExpr* ta);
  void unary(UnaryExpr* ue, const Type* hint);
  void binary(BinaryExpr* be, const Type* hint);
  void shift(BinaryExpr* be, const Type* hint);
  void comparison(BinaryExpr* be);
  void starExpr(StarExpr* se);
  // untyped handling
  void convertUntyped(Expr* e, const Type* target);   // reports errors
  bool representable(Expr* e, const Type* target, ConstValue* out, int* code);  // code: 1 overflow, 2 truncated, 3 other
  void setConst(Expr* e, const Type* t, const ConstValue& v);
  void defaultUntyped(Expr* e) { if (e->type && e->type->isUntyped()) convertUntyped(e, defaultType(e->type)); }
  // assignability with Go's messages; context: "assignment", "argument to f", ...
  bool assign(Expr* e, const Type* target, const std::string& context);
  bool assignableMsg(Expr* e, const Type* target, std::string* reason);
  bool convertible(const Type* from, const Type* to);
  void conversion(CallExpr* call, const Type* target);
  void markUsed(Expr* e);
  bool isAddressable(Expr* e) { return e->mode == ExprMode::Variable; }
  Expr* unparen(Expr* e) { while (e && e->kind == NodeKind::ParenExpr) e = e->as<ParenExpr>()->x; return e; }
  const Type* coreType(const Type* t);
  bool typeSetAll(const Type* t, const std::function<bool(const Type*)>& pred);
  void recordCapture(Symbol* s);
  bool isTypeParam(const Type* t) { return t && t->kind == TypeKind::TypeParam; }

  // ---- calls & builtins (checker_calls.cpp, checker_builtins.cpp)
  void call(CallExpr* ce, const Type* hint, bool allowTuple);
  void builtinCall(CallExpr* ce, BuiltinId id, const Type* hint);
  bool arguments(CallExpr* ce, const Type* sig, const std::string& calleeName, std::vector<Expr*>& args);
  const Type* methodSigFor(const FieldOrMethod& f);
  std::string missingMethodReason(const Type* t, const Type* iface, bool* ok);
  Symbol* ifaceMethodSymbol(const Type* iface, int index);

  // ---- generics (checker_generics.cpp)
  bool inferTypeArgs(CallExpr* ce, Symbol* fn, const Type* sig, std::vector<Expr*>& args,
                     std::vector<const Type*>& targs, const std::string& name);
  bool unify(const Type* param, const Type* arg, std::map<const Type*, const Type*>& m, int depth);
  bool satisfies(const Type* t, const Type* constraint, std::string* reason);
  bool checkTypeArgs(Pos p, const std::vector<const Type*>& tparams, const std::vector<const Type*>& targs);

  // ---- statements (checker_stmts.cpp)
  void stmt(Stmt* s);
  void stmtList(const std::vector<Stmt*>& list);
  void block(BlockStmt* b, bool newScope = true);
  void assignStmt(AssignStmt* as);
  void shortVarDecl(AssignStmt* as);
  void assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs, Pos at, bool isDefine, AssignStmt* as);
  void lhsAssign(Expr* lhs, Expr* rhsOrNull, const Type* rhsType);
  const Type* lhsExpr(Expr* lhs);
  void markReassigned(Expr* target);  // an assignment target that is a variable: Symbol::reassigned
  // While a for loop's post statement is checked: its loop variables are
  // per-iteration copies (Go 1.22), so `i++` there does not count as a
  // reassignment of the variable closures in the body see (they may capture
  // it by value) -- unless a function literal appears in the post statement.
  ForStmt* checkingForPost_ = nullptr;
  std::vector<Symbol*> forPostAssigned_;
  bool funcLitInForPost_ = false;
  void declStmt(DeclStmt* ds);
  void returnStmt(ReturnStmt* rs);
  void ifStmt(IfStmt* is);
  void forStmt(ForStmt* fs);
  void rangeStmt(RangeStmt* rs);
  void switchStmt(SwitchStmt* ss);
  void typeSwitchStmt(TypeSwitchStmt* ts);
  void selectStmt(SelectStmt* ss);
  void branchStmt(BranchStmt* bs);
  void labeledStmt(LabeledStmt* ls);
  void collectLabels(const std::vector<Stmt*>& list);
  void goDeferCall(CallExpr* ce, const char* what);
  bool isTerminating(Stmt* s, const std::string& label);
  bool isTerminatingList(const std::vector<Stmt*>& list);
  bool hasBreak(Stmt* s, Stmt* target, bool implicit);
  void checkFuncBodyCommon(Node* decl, FuncLit* lit, const Type* sig, BlockStmt* body,
                           const std::vector<Symbol*>& params, const std::vector<Symbol*>& results, bool namedResults);
  void localValueSpec(ValueSpec* vs, Token::Kind tok, int iota, Expr*& lastType, std::vector<Expr*>*& lastValues);

  // ---- scopes
  Scope* pushScope();
  void popScope(bool reportUnusedVars = true);

  // ---- state
  TypeTable& tt;
  const ImportResolver& resolver_;
  const ParseFn& parse_;
  CheckResult& result_;
  Scope universe;
  std::deque<Scope> scopes_;
  Scope* scope = nullptr;
  Package* pkg = nullptr;
  File* curFile = nullptr;
  // "file.go:LINE:COL", as the second line of a two-place diagnostic names a place
  std::string posText(Pos p) const {
    return (curFile ? curFile->fileName : std::string("prog.go")) + ":" + std::to_string(p.line) + ":" +
           std::to_string(p.col);
  }
  FuncCtx* fn = nullptr;
  std::vector<BranchCtx> branches;
  std::unordered_map<Symbol*, DeclInfo> decls;
  DeclInfo* curDecl = nullptr;          // package-level declaration being resolved (for deps)
  std::map<std::string, Package*> pkgs;  // by path
  std::set<std::string> importing;        // cycle guard
  std::vector<FuncDecl*> methodDecls;
  std::vector<Symbol*> pkgObjects;        // in source order
  std::map<std::pair<const Type*, int>, Symbol*> ifaceMethodSyms;
  int iotaValue = -1;                     // >= 0 inside a const spec
  std::vector<Symbol*> localTypes;        // for validTypes
  std::set<std::string> fileImportNames;  // dot-import bookkeeping
  std::map<File*, std::vector<std::pair<ImportSpec*, Symbol*>>> fileImports;
  std::map<File*, Scope*> fileScopes;
  std::vector<std::pair<Symbol*, Symbol*>> dotImportUses;
  int funcLitDepth = 0;
  std::string pendingLabel;
  std::set<InterfaceType*> incompleteIfaces;
  struct IfaceFixup { Type* named; InterfaceType* it; Scope* scope; };
  std::vector<IfaceFixup> ifaceFixups;               // label of the statement being checked (for/switch/select)
  std::string typesSummaryPublic(const std::vector<const Type*>& ts);
  std::string kindName(const Type* t);
  bool inTypeSwitchCase = false;
};

const ConstValue* keep(TypeTable& tt, const ConstValue& v);

// The variable an expression names directly (x or (x)), else nullptr.
inline Symbol* rootVar(Expr* e) {
  while (e && e->kind == NodeKind::ParenExpr) e = e->as<ParenExpr>()->x;
  return (e && e->kind == NodeKind::Ident) ? e->as<Ident>()->symbol : nullptr;
}

}  // namespace heapscope
