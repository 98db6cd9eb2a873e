#pragma once
// Shallow sizes are reported in the 64-bit layout on every target.
//
// wasm32 has 4-byte pointers, so the same object is smaller in the browser;
// but a class comparing the desktop and the web page, a leak report's
// "retains N bytes" and --max-heap must read the same on both (one core, two
// targets). Objects therefore carry their 64-bit size in shallowSize while
// the allocator still hands out the real, smaller block. On 64-bit hosts the
// constants below equal the real layout (asserted in heap.cpp and chan.cpp).
#include <cstddef>
#include <cstdint>

namespace heapscope::layout64 {

constexpr size_t kObject = 64;
constexpr size_t kSlice = 96;
constexpr size_t kBox = 88;
constexpr size_t kCell = 72;
constexpr size_t kPointer = 80;
constexpr size_t kMap = 136;
constexpr size_t kChan = 96;
constexpr size_t kStringData = 72;       // offset of StringObj::data
constexpr size_t kArrayData = 80;        // offset of ArrayObj::data
constexpr size_t kStructFields = 72;     // offset of StructObj::fields
constexpr size_t kClosureCaptures = 80;  // offset of ClosureObj::captures

// A closure: 8-byte capture pointers, then (when some capture is by value)
// one 8-byte Slot per capture, aligned to 8.
constexpr size_t closureBytes(uint32_t ncaptures, bool valueSlots) {
  size_t bytes = kClosureCaptures + size_t{ncaptures} * 8;
  if (valueSlots) bytes = ((bytes + 7) & ~size_t{7}) + size_t{ncaptures} * 8;
  return bytes;
}

}  // namespace heapscope::layout64
