// Compiled code: instructions, per-function prototypes and the whole program.
//
// A FuncProto is what the VM runs and what the inspector reads: its code,
// constants, line table (pc -> source line), local-variable table (register ->
// Go name, type and the pc range where it is live) and capture list (names of
// the enclosing variables a closure holds, in ClosureObj::captures order).
//
// Register kinds are fixed per function: refRegs lists every register that
// holds a counted reference (strings, slices, maps, boxes, cells, value
// objects, ...). The VM zeroes a frame's registers on entry and decrefs
// exactly the refRegs on exit, so scalar registers never cost refcount work.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "compile/opcodes.h"
#include "heap/object.h"
#include "vm/native.h"

namespace heapscope {

struct Type;
class TypeTable;

struct Instr {
  Op op;
  uint16_t a, b, c;
  int32_t sbx() const { return static_cast<int32_t>(static_cast<uint32_t>(b) | (static_cast<uint32_t>(c) << 16)); }
  uint32_t bx() const { return static_cast<uint32_t>(b) | (static_cast<uint32_t>(c) << 16); }
};
static_assert(sizeof(Instr) == 8, "fixed-width 64-bit instructions");

constexpr uint16_t kNoReg = 0xFFFF;

struct LocalVarInfo {
  std::string name;        // Go name ("x"); "~r0" for unnamed results
  const Type* type = nullptr;
  uint16_t reg = 0;
  bool inCell = false;     // the register holds a CellObj with the value
  uint32_t startPc = 0, endPc = 0;  // live in [startPc, endPc)
};

struct CaptureInfo {
  std::string name;        // the captured variable's name
  const Type* type = nullptr;
};

struct LineEntry { uint32_t pc; int line; };

// The user's program is package main: its functions (and goroutines'
// creators) are named "main.…"; the preludes' carry their own package name.
inline bool isMainPackageName(std::string_view qualifiedName) { return qualifiedName.substr(0, 5) == "main."; }

struct FuncProto {
  std::string name;        // Go's qualified name as tracebacks print it: "main.main", "main.f.func1", "main.(*T).M"
  std::vector<Instr> code;
  std::vector<Slot> consts;           // scalar constants; string slots are filled by Vm::load
  std::vector<std::pair<uint32_t, std::string>> strConsts;  // const index -> bytes (StringObj made at load, owned by the Vm)
  std::vector<const Type*> types;     // T[x] operands
  std::vector<LineEntry> lines;       // sorted by pc
  std::vector<LocalVarInfo> locals;
  std::vector<CaptureInfo> captures;
  std::vector<uint8_t> captureByValue;  // per capture (empty = none): a scalar held in ClosureObj::valueSlots()
  std::vector<uint16_t> refRegs;      // registers holding counted references
  std::vector<uint8_t> regIsRef;      // per register
  uint16_t nparams = 0;               // parameter slots (receiver first)
  uint16_t nresults = 0;
  uint16_t nregs = 0;
  uint32_t recoverPc = 0;             // epilogue (RUN_DEFERS; load results; RET) a recovered panic resumes at
  std::vector<uint8_t> paramIsRef;    // per parameter slot
  std::vector<uint8_t> resultIsRef;
  const Type* sig = nullptr;          // Go func type
  int line = 0;                       // declaration line
  int index = -1;                     // in Program::funcs
  bool isNativeThunk = false;
  // Forwards its call to one method (a method value's -fm thunk, a promoted
  // method's thunk): recover() in the method looks through it, as Go's
  // wrapper functions are transparent to recover.
  bool isWrapper = false;
  int lineAt(uint32_t pc) const;
  bool inMainPackage() const { return isMainPackageName(name); }
  // Code the debugger can stop in and the time-travel view counts as the
  // user's: the main package's own functions. Not main.init, whose package
  // variable initialisers mix the preludes' lines with the user's, and not
  // native thunks, which have no lines.
  bool isUserCode() const { return !isNativeThunk && inMainPackage() && name != "main.init"; }
};

struct NativeEntry {
  std::string name;
  NativeFn fn = nullptr;
  std::vector<const Type*> argTypes;
  int nargs = 0, nresults = 0;
  std::vector<uint8_t> argIsRef, resultIsRef;
  // An argument is (or holds) an interface value, so the native may call one
  // of its methods (fmt calling String): the VM then passes copies of the
  // argument/result slots, as the nested call can grow the registers.
  bool mayCallGo = false;
};

struct GlobalInfo {
  std::string name;        // "main.x"
  const Type* type = nullptr;
  bool isRef = false;      // the slot holds a counted reference
  bool inCell = false;
};

// Everything compile produces. Owns the type table (types must outlive the
// code) and the prototypes. Heap-free: the Vm materialises string constants.
struct Program {
  std::shared_ptr<void> typeOwner;         // keeps the TypeTable / checker state alive
  TypeTable* types = nullptr;
  std::vector<std::unique_ptr<FuncProto>> funcs;
  std::vector<NativeEntry> natives;
  std::vector<GlobalInfo> globals;
  // Method sets for interface dispatch: dynamic type -> method name -> entry.
  // recvAdapt: how to turn the box payload into the method's receiver.
  // sig: the method's Go signature without receiver (interned, so an
  // interface's method matches by pointer); nullptr = not checked
  struct MethodEntry { const FuncProto* fn = nullptr; uint8_t recvAdapt = 0; const Type* sig = nullptr; };
  enum : uint8_t { kRecvAsIs = 0, kRecvClone = 1, kRecvDeref = 2, kRecvDerefClone = 3 };
  std::unordered_map<const Type*, std::unordered_map<std::string, MethodEntry>> methods;
  std::vector<std::string> methodNames;  // CALL_IFACE operand B
  const Type* runtimeErrorType = nullptr;  // dynamic type of runtime panics (Error() via methods)
  int initFunc = -1;   // runs package var initialisers and init() functions, then returns
  int mainFunc = -1;   // main.main
  std::string fileName = "prog.go";

};

}  // namespace heapscope
