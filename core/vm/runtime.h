// Runtime helpers of the VM (runtime.cpp): element access for packed arrays,
// strings, slices (Go's growth rule), print formatting (value equality:
// heap/value_eq.h).
// Internal to core/vm (and readable by stdlib natives).
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "heap/heap.h"
#include "heap/object.h"
#include "heap/type_rep.h"  // loadElem/storeElem for packed arrays

namespace heapscope {

struct Type;

inline int64_t strLen(const Object* o) { return o ? static_cast<const StringObj*>(o)->len : 0; }
inline const char* strData(const Object* o) { return o ? static_cast<const StringObj*>(o)->data : ""; }
inline std::string_view strView(const Object* o) { return std::string_view(strData(o), static_cast<size_t>(strLen(o))); }

// Go's unsafe.Sizeof for our types (used for append's size classes).
int64_t goSizeof(const Type* t);
// Go's runtime.growslice capacity rule including malloc size-class rounding.
int64_t growCap(int64_t oldCap, int64_t newLen, int64_t elemSize);

// Builtin print/println rendering of one value (Go's runtime print*).
std::string printFloat(double v);  // +1.500000e+000

// Decode one UTF-8 rune at s[i]; returns rune (0xFFFD on error) and width.
int32_t decodeRune(const char* s, int64_t n, int64_t i, int* width);
void appendRune(std::string& out, int32_t r);

}  // namespace heapscope
