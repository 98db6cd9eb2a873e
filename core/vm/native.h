// Native functions: the bodies of stdlib functions declared without a body
// in a package prelude (Go source kept in core/stdlib, checked like user
// code). The compiler emits a CALL_NATIVE to the entry bound by qualified
// name ("strings.Contains", "strings.(*Builder).WriteString").
//
// Calling convention: args[] holds the parameters in declaration order (the
// receiver first for methods; a variadic parameter arrives as one slice
// value). The native writes results[] (pre-zeroed). Reference-typed args
// are borrowed (the caller keeps them alive); reference results must be
// returned with +1 ownership already taken by the native, i.e. the native
// increfs what it stores in results (a fresh object from Heap::new* counts
// as 0, so the native increfs it).
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "heap/object.h"

namespace heapscope {

class Heap;
class TypeTable;
struct Goroutine;
struct Type;

// What natives may ask of the VM. core/vm's Vm implements it; stdlib codes
// against this interface only, so the two rooms can evolve separately.
class VmServices {
 public:
  virtual ~VmServices() = default;
  virtual Heap& heap() = 0;
  virtual TypeTable& types() = 0;
  virtual void write(int fd, std::string_view bytes) = 0;  // through the Host
  // Start a panic in the calling goroutine (the native then returns Panic).
  // runtimeError: wraps as Go's runtime.Error ("panic: runtime error: ...").
  virtual void panicMessage(const std::string& msg, bool runtimeError) = 0;
  virtual void panicValue(Slot value, const Type* type) = 0;  // panic(v) semantics; value is borrowed
  virtual void exitProgram(int code) = 0;                     // os.Exit (native returns Exit)
  // Synchronously calls method `name` of a value of dynamic type `recvType`
  // (e.g. String/Error while formatting). Returns false if the method is
  // missing, panicked or blocked. Results are owned (+1) by the caller. If
  // the method panicked and panicValue is given, *panicValue receives the
  // panic's value (a BoxObj, nullptr for panic(nil)), also owned (+1).
  virtual bool callMethod(Slot recv, const Type* recvType, const std::string& name,
                          const Slot* args, int nargs, Slot* results, int nresults,
                          Object** panicValue = nullptr) = 0;
  // The dynamic type of runtime panics: an error whose Error method no Go
  // declaration carries (fmt asks, to treat it as the error it is).
  virtual bool isRuntimeError(const Type* t) = 0;
  virtual const std::vector<std::string>& programArgs() = 0;  // os.Args (Args[0] = program name)
  virtual uint64_t steps() const = 0;
};

enum class NativeStatus : uint8_t {
  Done,   // results written
  Panic,  // ctx.vm.panic*() was called: unwind the calling goroutine
  Block,  // cannot proceed now (lock held, channel empty, sleep): the goroutine
          // parks and the call instruction is re-executed when it wakes;
          // the native must be idempotent until it returns Done
  Exit,   // os.Exit: ctx.vm recorded the exit code
};

struct NativeCall {
  VmServices& vm;
  Goroutine& g;
  Slot* args;
  int nargs;
  Slot* results;
  int nresults;
  const struct Type* const* argTypes;  // static parameter types (for `any` args the box carries the dynamic type)
};

using NativeFn = NativeStatus (*)(NativeCall&);

// One native: its Go qualified name ("strings.Index") and the function.
struct NativeDef {
  std::string_view name;
  NativeFn fn;
};

// Qualified name -> function. stdlib adds one constant table per package
// (registerStdlib), the compiler reads it; an unbound native declaration is a
// compile error ("not supported yet: strings.Foo"). The tables are data in
// the binary: registering runs no code per entry (in WebAssembly, ~25 KB of
// registration code V8 compiled before every program's first line), and a
// program looks up only the few natives its preludes declare.
class NativeRegistry {
 public:
  void add(std::span<const NativeDef> table) { tables_.push_back(table); }
  NativeFn find(std::string_view qualifiedName) const {
    for (std::span<const NativeDef> t : tables_)
      for (const NativeDef& d : t)
        if (d.name == qualifiedName) return d.fn;
    return nullptr;
  }

 private:
  std::vector<std::span<const NativeDef>> tables_;
};

}  // namespace heapscope
