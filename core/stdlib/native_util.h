// Helpers for writing natives (see vm/native.h for the calling convention):
// reading string/[]byte/slice arguments, building results with the +1
// ownership natives must return, and storing through pointers.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "heap/heap.h"
#include "heap/type_rep.h"
#include "types/types.h"
#include "vm/native.h"

namespace heapscope::stdlib {

std::string_view stringOf(Slot s);                      // StringObj or nullptr ("")
std::string_view argStr(const NativeCall& c, int i);     // string argument ("" for nil)
std::string_view argBytes(const NativeCall& c, int i);   // []byte argument (packed U8 storage)
inline int64_t argInt(const NativeCall& c, int i) { return c.args[i].i; }
inline double argFloat(const NativeCall& c, int i) { return c.args[i].f; }
std::string_view bytesOfSlice(Slot s);

// Results (+1 references already taken).
void retString(NativeCall& c, int i, std::string_view s);
void retBytes(NativeCall& c, int i, std::string_view s, bool nilIfEmpty = false);
void retStrings(NativeCall& c, int i, const std::vector<std::string_view>& parts, bool nilIfEmpty = false);
void retInts(NativeCall& c, int i, const std::vector<int64_t>& v);
inline void retInt(NativeCall& c, int i, int64_t v) { c.results[i].i = v; }
inline void retUint(NativeCall& c, int i, uint64_t v) { c.results[i].u = v; }
inline void retBool(NativeCall& c, int i, bool v) { c.results[i].i = v ? 1 : 0; }
inline void retFloat(NativeCall& c, int i, double v) { c.results[i].f = v; }

// A fresh []T / T-string object with refcount taken (+1), or nil on empty.
Slot newStringSlot(VmServices& vm, std::string_view s);
Slot newSliceOf(VmServices& vm, const Type* sliceType, int64_t len);  // zeroed elements

// *p = v for a pointer to a non-struct/array element type (CellObj or
// PointerObj); for struct/array element types copies v's contents into the
// pointed-to object. v is borrowed; reference counts are maintained.
void storeThroughPointer(Heap& heap, Object* p, const Type* elemType, Slot v);

// Convenience for panics raised by natives (Go's panic with a string / an
// error-like message). Returns NativeStatus::Panic.
NativeStatus panicString(NativeCall& c, const std::string& msg);

// A result of `bytes` that no heap object can hold (over 4 GiB or over
// --max-heap): marks the heap out of memory, so the VM ends the program with
// Go's "fatal error: runtime: out of memory" at its next safe point, before
// the native builds it in C++ memory (which would abort the host).
bool resultTooLarge(NativeCall& c, uint64_t bytes);

}  // namespace heapscope::stdlib
