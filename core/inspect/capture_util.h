// Helpers shared by the live-heap capture paths (private to core/inspect).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "inspect/snapshot.h"

namespace heapscope {

// Object* -> uint32_t, open addressing with linear probing (a million
// entries in ~16 MB, no per-entry allocation, unlike std::unordered_map).
class PtrIndex {
 public:
  explicit PtrIndex(size_t expected) {
    size_t cap = 16;
    while (cap < expected * 2 + 1) cap <<= 1;
    keys_.assign(cap, nullptr);
    vals_.assign(cap, 0);
    mask_ = cap - 1;
  }
  void insert(const void* key, uint32_t value) {
    if ((count_ + 1) * 2 > keys_.size()) grow();
    size_t i = slot(key);
    while (keys_[i] && keys_[i] != key) i = (i + 1) & mask_;
    if (!keys_[i]) ++count_;
    keys_[i] = key;
    vals_[i] = value;
  }
  uint32_t find(const void* key) const {
    size_t i = slot(key);
    while (keys_[i]) {
      if (keys_[i] == key) return vals_[i];
      i = (i + 1) & mask_;
    }
    return kNoNode;
  }
  size_t size() const { return count_; }

 private:
  size_t slot(const void* key) const {
    uint64_t x = reinterpret_cast<uintptr_t>(key);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return static_cast<size_t>(x) & mask_;
  }
  void grow() {
    std::vector<const void*> k;
    std::vector<uint32_t> v;
    k.swap(keys_);
    v.swap(vals_);
    keys_.assign(k.size() * 2, nullptr);
    vals_.assign(k.size() * 2, 0);
    mask_ = keys_.size() - 1;
    count_ = 0;
    for (size_t i = 0; i < k.size(); ++i)
      if (k[i]) insert(k[i], v[i]);
  }
  std::vector<const void*> keys_;
  std::vector<uint32_t> vals_;
  size_t mask_ = 0, count_ = 0;
};

class Heap;
struct Type;
// Type* -> interned type-name string index. Go types are few and objects
// many (and mostly allocated in runs of one type), so the last hit is
// checked before the map: the type string is built once per type.
struct TypeNameCache {
  const Type* lastType = nullptr;
  uint32_t lastName = 0;
  std::unordered_map<const Type*, uint32_t> byType;
};
// Adds one live object as a node (type name, preview, header fields).
uint32_t addLiveNode(SnapshotBuilder& b, Object* obj, size_t previewChars, TypeNameCache& typeNames,
                     uint32_t siteLimit);
// Copies Heap::sites() so snapshot site i == heap site i.
void copySites(SnapshotBuilder& b, const Heap& heap);
// Goroutines/frames/locals from the VM; object refs mapped through index.
void addRuntimeGoroutines(SnapshotBuilder& b, RuntimeView& runtime,
                          const std::function<uint32_t(Object*)>& index);

// Root kind guessed from a RootSource label when no RuntimeView is given.
RootKind classifyRootLabel(std::string_view label);

}  // namespace heapscope
