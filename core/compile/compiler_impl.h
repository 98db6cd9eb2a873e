// Compiler internals shared by compile_program.cpp, compile_expr.cpp,
// compile_stmt.cpp and compile_call.cpp. Not for other rooms.
//
// Register discipline (what the VM relies on):
//  - every register has a fixed kind per function (proto->regIsRef): a ref
//    register always holds a counted reference or nil;
//  - each Go local gets its own register for its whole scope (the
//    local-variable table maps it back to the name); escaped/captured locals
//    hold a CellObj;
//  - temporaries are recycled per statement through kind-specific free lists;
//    call argument/result blocks are contiguous and recycled by signature.
//
// Value types (struct/array): an Operand is `fresh` when its register holds
// the only reference to a newly made object (literal, call result, clone);
// a non-fresh value (variable, field, element) is cloned before it is stored
// in a new place, and copied INTO existing places.
#pragma once
#include <deque>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "compile/compiler.h"
#include "types/checker.h"
#include "types/constant.h"
#include "types/types.h"

namespace heapscope {

struct VarLoc {
  enum Kind : uint8_t { Reg, Cell, Global, GlobalCell } kind = Reg;
  int idx = 0;
  const Type* type = nullptr;
};

struct Operand {
  int reg = -1;
  bool temp = false;
  bool fresh = false;
};

struct CompileBranchCtx {  // distinct name: the checker has its own BranchCtx (ODR)
  Node* node = nullptr;          // ForStmt / RangeStmt / SwitchStmt / TypeSwitchStmt / SelectStmt
  std::vector<size_t> breaks;    // JMP pcs to patch to the end
  std::vector<size_t> continues; // JMP pcs to patch to the continue target
  bool isLoop = false;
};

// A non-local exit a range-over-func body takes (compile_rangefunc.cpp):
// the body stores `code` in #next and returns false; after the iterator
// call the enclosing function dispatches on it.
struct RangeExit {
  int code = 0;
  const Node* target = nullptr;  // loop/switch/select targeted by break/continue; nullptr: return
  bool isContinue = false;
  bool isGoto = false;           // target is a LabeledStmt
};

struct FuncState {
  FuncState* parent = nullptr;
  FuncProto* proto = nullptr;
  Node* node = nullptr;  // FuncDecl or FuncLit
  std::unordered_map<const Symbol*, VarLoc> vars;
  std::vector<const Symbol*> captureSyms;
  std::vector<int> captureRegs;
  std::vector<int> freeScalar, freeRef;
  std::vector<int> stmtTemps;
  std::map<std::string, std::vector<int>> freeBlocks;
  std::vector<std::pair<std::string, int>> stmtBlocks;
  // Block registers a call consumed (CALL* move their arguments out and
  // leave nil): the statement-end CLEAR_REF of these is skipped.
  std::vector<uint8_t> nilAfterCall;
  std::vector<CompileBranchCtx> branches;
  std::unordered_map<const Node*, int> labelPc;
  std::vector<std::pair<size_t, const Node*>> gotoFixups;
  std::vector<int> resultRegs;       // named/unnamed result variables (value registers or cells)
  std::vector<bool> resultInCell;
  std::vector<const Type*> resultTypes;
  bool hasDefer = false;
  bool namedResults = false;
  std::vector<size_t> returnJumps;   // to the epilogue
  std::vector<size_t> openLocals;    // indices into proto->locals whose endPc is not set yet
  std::vector<size_t> scopeMarks;
  const std::vector<const Type*>* typeParams = nullptr;
  const std::vector<const Type*>* typeArgs = nullptr;
  int lastLine = -1;
  int funcLitCount = 0;
  int wrapCount = 0;  // deferwrapN / gowrapN thunks (compile_chan.cpp)
  // range-over-func (compile_rangefunc.cpp). A body closure:
  RangeStmt* rangeLoop = nullptr;        // this function is the body of this loop
  const Symbol* rangeState = nullptr;    // the loop's #state cell (owned by the parent)
  std::vector<RangeExit> rangeExits;     // exits the parent handles after the iterator call
  // The enclosing real function (the root of nested bodies):
  int rangeLitCount = 0;                 // names main.f-range1, -range2 ...
  const Symbol* rangeNext = nullptr;     // #next of the current outermost loop
  const Symbol* rangeDefers = nullptr;   // #defers: FRAME_TOKEN of this function, for DEFER_AT in bodies
  std::vector<const Symbol*> rangeResults;  // #rv: values of a `return` inside a body
  std::map<std::pair<const Node*, bool>, int> rangeCodes;  // (target, continue) -> #next code
  std::unordered_map<const Type*, int> typeIdx;
  std::unordered_map<std::string, int> strIdx;
  std::unordered_map<uint64_t, int> constIdx;
};

struct FuncKey {
  const Symbol* sym;
  std::vector<const Type*> args;
  bool operator<(const FuncKey& o) const {
    if (sym != o.sym) return sym < o.sym;
    return args < o.args;
  }
};

class Compiler {
 public:
  Compiler(const CompileInput& in, std::vector<CompileError>& errors);
  std::shared_ptr<Program> run();

  // ---- program level (compile_program.cpp)
  int funcIndexFor(const Symbol* fn, const std::vector<const Type*>& typeArgs);
  int nativeIndexFor(const Symbol* fn);
  int nativeThunkFor(const Symbol* fn);
  int globalIndexFor(const Symbol* v);
  int methodNameIndex(const std::string& name);
  void ensureMethodSet(const Type* t);
  int boundMethodThunk(const Symbol* method, const Type* recvType, bool ifaceCall, const std::string& name);
  std::string funcName(const Symbol* fn, const std::vector<const Type*>& typeArgs);
  void compileFuncDecl(FuncDecl* d, FuncProto* p, const std::vector<const Type*>* params,
                       const std::vector<const Type*>* args);
  void compileInit(FuncProto* p);
  void makeRuntimeErrorType();

  // ---- function state (compile_program.cpp)
  FuncState* fs = nullptr;
  void beginFunc(FuncState& f, FuncProto* p, Node* node);
  void endFunc();
  void setupParams(FuncType* sig, FieldList* recv, const Type* fnType);
  int newReg(bool isRef);
  int tempReg(bool isRef);
  int tempFor(const Type* t) { return tempReg(isRefType(t)); }
  int block(const std::vector<const Type*>& types);  // contiguous, recycled at statement end
  void freeStmtTemps();
  void declareLocal(const Symbol* s, int reg, bool inCell, const Type* t);
  void openScope();
  void closeScope();
  int declareVar(const Symbol* s, const Type* t);  // allocates the var register (and cell) — value zeroed
  VarLoc* lookupVar(const Symbol* s);
  int captureIndexFor(FuncState* f, const Symbol* s);
  bool capturedByValue(const Symbol* s);  // captured, never reassigned, not a struct/array: copied into each closure
  bool capturedScalarByValue(const Symbol* s);  // ... and a scalar (ClosureObj::valueSlots)
  bool needsCell(const Symbol* s);        // address taken, or captured and shared (not by value)

  // ---- emission
  size_t emit(Op op, int a = 0, int b = 0, int c = 0);
  size_t emitJump(Op op, int a = 0);
  void patchJump(size_t at, size_t target);
  void patchHere(size_t at) { patchJump(at, pc()); }
  void emitJumpTo(Op op, int a, size_t target);
  size_t pc() const { return fs->proto->code.size(); }
  void setLine(int line);
  void setNoLine();  // following code has no line of the program's file (line 0)
  int typeIndex(const Type* t);
  int constIndex(Slot v);
  int stringConst(const std::string& s);
  void error(const Node* at, const std::string& msg);
  void unsupported(const Node* at, const std::string& what) { error(at, "not supported yet: " + what); }

  // ---- types
  const Type* ty(const Type* t);  // substitutes type params of the current instance
  static bool isRefType(const Type* t) { return t->slotKind() != SlotKind::Scalar; }
  static bool isValueType(const Type* t) { return t->slotKind() == SlotKind::Value; }
  void wrapInt(int reg, const Type* t);  // SEXT/ZEXT for sized ints, ROUND_F32 for float32

  // ---- expressions (compile_expr.cpp)
  Operand expr(Expr* e);
  void exprInto(Expr* e, int dst, const Type* dstType);  // converted to dstType, owned copy for values
  void moveInto(int dst, Operand src, const Type* srcType, const Type* dstType);
  Operand constant(Expr* e, const Type* t, const ConstValue* cv);
  Operand binary(BinaryExpr* e);
  Operand compare(Token::Kind op, Expr* x, Expr* y, int dst);
  Operand unary(UnaryExpr* e);
  Operand addressOf(Expr* x, const Type* ptrType);
  Operand selector(SelectorExpr* e);
  Operand fieldBase(Expr* x, const std::vector<int>& path, const std::vector<bool>& derefs, size_t steps, const Type** outType);
  Operand index(IndexExpr* e);
  Operand sliceExpr(SliceExpr* e);
  Operand composite(CompositeLit* e, const Type* t);
  Operand funcLit(FuncLit* e);
  Operand typeAssert(TypeAssertExpr* e, int okReg);
  Operand conversion(CallExpr* e);
  Operand funcValue(Expr* e, const Symbol* fn, const std::vector<const Type*>& typeArgs);
  Operand methodValue(SelectorExpr* e);
  Operand boxed(Operand v, const Type* from, const Type* iface);
  Operand readVar(const Symbol* s, Expr* at);

  // ---- calls (compile_call.cpp)
  // Emits the call; results in a contiguous block (returned, or -1 if none).
  int call(CallExpr* e, int* nresults);
  Operand callExpr(CallExpr* e);
  Operand builtin(CallExpr* e, bool wantValue);
  void argsInto(CallExpr* e, const Type* sig, int base, int firstParam);
  bool calleeOf(CallExpr* e, const Symbol** fn, std::vector<const Type*>* typeArgs);
  void deferOrGo(CallExpr* call, bool isGo);

  // ---- statements (compile_stmt.cpp)
  void stmt(Stmt* s);
  void blockStmts(const std::vector<Stmt*>& list);
  void assign(AssignStmt* s);
  void assignTo(Expr* lhs, Operand v, const Type* vType);
  void storeVar(const Symbol* s, Operand v, const Type* vType, bool declare);
  void returnStmt(ReturnStmt* s);
  void emitEpilogue();
  void ifStmt(IfStmt* s);
  void forStmt(ForStmt* s, Node* labelNode);
  void rangeStmt(RangeStmt* s);
  // range-over-func (compile_rangefunc.cpp)
  void rangeFunc(RangeStmt* s, Expr* ke, Expr* ve, bool define);
  bool rangeBodyBranch(BranchStmt* s, bool isBreak);  // false: not a range-body exit
  void rangeBodyReturn(ReturnStmt* s);
  bool rangeBodyGoto(BranchStmt* s);  // false: the label is inside this body
  int returnValues(ReturnStmt* s, const std::vector<const Type*>& types);  // the block of result values
  void returnFromBlock(int blk);    // return the values in blk (after RUN_DEFERS if any)
  Operand closureOf(FuncProto* fp, Node* at);  // CLOSURE/FUNC_VAL of a just-compiled nested function
  const Symbol* hiddenVar(const std::string& name, const Type* t, Node* owner);
  std::deque<Symbol> hiddenSyms_;
  bool deferAtRoot_ = false;  // deferOrGo: emitting the DEFER that becomes DEFER_AT
  void switchStmt(SwitchStmt* s);
  // channels (compile_chan.cpp)
  void sendStmt(SendStmt* s);
  void selectStmt(SelectStmt* s);
  void rangeChan(RangeStmt* s, Expr* target);
  int builtinThunk(CallExpr* c, bool isGo, std::vector<const Type*>* argTypes);
  void typeSwitchStmt(TypeSwitchStmt* s);
  void branchStmt(BranchStmt* s);
  void incDec(IncDecStmt* s);
  void varDecl(ValueSpec* vs);
  void condJump(Expr* cond, bool jumpIf, std::vector<size_t>& jumps);

  // ---- state
  const CompileInput& in_;
  std::vector<CompileError>& errors_;
  std::shared_ptr<Program> prog_;
  TypeTable& tt_;
  std::map<FuncKey, int> funcIndex_;
  std::unordered_map<const Symbol*, int> nativeIndex_, nativeThunk_, globalIndex_;
  std::unordered_map<std::string, int> methodNameIndex_;
  std::map<std::pair<const Symbol*, const Type*>, int> boundThunks_;
  struct Pending { FuncKey key; int index; };
  std::vector<Pending> pending_;
  std::unordered_map<const Type*, bool> methodSetsDone_;
  std::unordered_map<const Symbol*, FuncDecl*> funcDecls_;
  std::unordered_map<int, std::vector<const Symbol*>> litCaptureSyms_;  // FuncLit proto index -> captured symbols
  size_t lastPatchTarget_ = SIZE_MAX;  // latest forward-jump target: no peephole may merge across it
  bool retargetLast(int tempReg, int dst, bool ref);  // peephole: the last instruction writes dst instead of tempReg
  size_t emitJumpIfFalse(Operand cond);
  void markArgsNil(int base, size_t n);
  bool takeNilAfterCall(int reg);  // true (and forgets it) if reg is known nil: no CLEAR_REF needed     // JMP_F, fused with the int compare that computed a temp cond
  // compare(): the LOADI of a small constant operand (its pc and temp), which
  // emitJumpIfFalse may fold into an _IK_JF compare.
  size_t constOperandPc_ = SIZE_MAX;
  int constOperandReg_ = -1;
  const void* constOperandFs_ = nullptr;  // the FuncState they belong to
  // (method, receiver type, method name): an interface's methods have no
  // symbol here, so the name tells x.A's thunk from x.B's
  std::map<std::tuple<const Symbol*, const Type*, std::string>, int> methodValueThunks_;
  bool instantiationCycleReported_ = false;
  int methodValueThunk(const Symbol* method, const Type* recvType, const std::string& name, bool iface);
  size_t liveBytes_ = 0, peakBytes_ = 0;
  void account(ptrdiff_t delta) {
    liveBytes_ += delta;
    if (liveBytes_ > peakBytes_) peakBytes_ = liveBytes_;
  }
};

}  // namespace heapscope
