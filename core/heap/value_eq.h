// Go equality (==) and hashing of values by static type, shared by map keys
// and the VM's == on strings, structs, arrays, interfaces and pointers.
//
// Semantics (Go spec "Comparison operators"):
//  - floats: +0 == -0, NaN != NaN (hashValue(NaN) varies per call, so each
//    NaN key is its own map entry);
//  - strings by bytes (nullptr == "");
//  - pointers by the location they denote (two PointerObj for the same
//    &s.f are equal); chans, maps, funcs, slices by identity (only nil
//    comparisons reach the VM for the last three);
//  - interfaces: both nil, or identical dynamic types and equal payloads;
//    an uncomparable dynamic type sets *uncomparable and *badType (the VM
//    panics: "runtime error: comparing uncomparable type []int", or for map
//    keys "runtime error: hash of unhashable type []int");
//  - structs field by field (blank "_" fields skipped), arrays element by
//    element; a nullptr value object reads as the zero value.
// Deep values are walked with an explicit worklist, never C++ recursion.
#pragma once
#include <cstdint>

#include "heap/object.h"

namespace heapscope {

struct Type;

bool valuesEqual(const Type* t, Slot a, Slot b, bool* uncomparable, const Type** badType = nullptr);
uint64_t hashValue(const Type* t, Slot v);
uint64_t hashValue(const Type* t, Slot v, bool* unhashable, const Type** badType);

// The location a pointer value denotes, normalised (PointerObj to a value
// slot -> the owned object; PointerObj on a cell -> the cell).
struct PointerTarget { Object* base; int64_t index; };
PointerTarget pointerTarget(Object* p);

}  // namespace heapscope
