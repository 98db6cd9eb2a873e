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
#include <string>
#include <unordered_map>

#include "heap/object.h"

namespace heapscope {

class Vm;
struct Goroutine;

enum class NativeStatus : uint8_t {
  Done,   // results written
  Panic,  // ctx.vm.panic*() was called: unwind the calling goroutine
  Block,  // cannot proceed now (lock held, channel empty, sleep): the goroutine
          // parks and the call instruction is re-executed when it wakes;
          // the native must be idempotent until it returns Done
  Exit,   // os.Exit: ctx.vm recorded the exit code
};

struct NativeCall {
  Vm& vm;
  Goroutine& g;
  Slot* args;
  int nargs;
  Slot* results;
  int nresults;
  const struct Type* const* argTypes;  // static parameter types (for `any` args the box carries the dynamic type)
};

using NativeFn = NativeStatus (*)(NativeCall&);

// Qualified name -> function. stdlib fills it (registerStdlib), the compiler
// reads it; an unbound native declaration is a compile error
// ("not supported yet: strings.Foo").
class NativeRegistry {
 public:
  void add(const std::string& qualifiedName, NativeFn fn) { fns_[qualifiedName] = fn; }
  NativeFn find(const std::string& qualifiedName) const {
    auto it = fns_.find(qualifiedName);
    return it == fns_.end() ? nullptr : it->second;
  }
 private:
  std::unordered_map<std::string, NativeFn> fns_;
};

}  // namespace heapscope
