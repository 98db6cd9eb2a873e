// MapObj (ObjKind::Map): Go's map, a hash table from key Slots to value
// Slots, keyed by the map type's key type (equality/hash from value_eq.h).
//
// ITERATION ORDER is insertion order (Go randomises it; we choose
// deterministic runs so the debugger and tests replay exactly). Programs that
// depend on Go's randomness see one valid order. Iteration survives
// insertions and deletions during range (Go allows both): a deleted entry not
// yet reached is never produced, an entry inserted during range is produced
// (Go says "may or may not"). MapIter records the insertion sequence number
// of the last entry it returned, so it resumes correctly even after the
// table was compacted or cleared.
//
// OWNERSHIP: the map holds one counted reference to every key and value of
// Ref kind; keys/values of Value kind (structs, arrays) are owned objects the
// map cloned on insert (assigning an existing key copies into the owned
// value). Callers always pass borrowed Slots; results are borrowed too (valid
// until the entry is overwritten/deleted and the next drainFrees()).
//
// ERRORS: hashing an interface key whose dynamic type is not comparable is
// Go's panic "runtime error: hash of unhashable type T": every keyed
// operation reports it through MapStatus (unhashable = T) and does nothing.
//
// Layout: entries[] in insertion order (deleted ones stay as dead entries
// until the next compaction) + an open-addressing index (linear probing,
// load <= 1/2) of entry positions + 1. Both live outside the object block
// (malloc), accounted through Heap::adjustExternalBytes.
#pragma once
#include <cstdint>

#include "heap/heap.h"

namespace heapscope {

struct MapEntry {
  Slot key;
  Slot value;
  uint64_t seq;   // insertion sequence number, strictly increasing along entries[]
  uint32_t hash;
  uint32_t live;  // 0 = deleted
};

struct MapStatus {
  const Type* unhashable = nullptr;  // set: the dynamic key type that cannot be hashed
  bool ok() const { return unhashable == nullptr; }
};

struct MapIter {
  uint64_t lastSeq = 0;  // seq of the last entry returned (0 = none yet)
  uint32_t pos = 0;      // where to look next (valid while epoch matches)
  uint32_t epoch = 0;
};

struct MapObj : Object {
  const Type* keyType;
  const Type* valueType;
  SlotKind keyKind, valueKind;
  uint8_t keyMode;  // map.cpp: how keys compare (bits / float / string / general)
  MapEntry* entries;
  uint32_t used;    // entries[0, used) are in use (live or dead)
  uint32_t cap;     // entries capacity
  uint32_t* index;  // indexCap slots: 0 = empty, else entry position + 1
  uint32_t indexCap;
  uint32_t epoch;   // bumped whenever entries move (compaction, clear)
  int64_t count;    // live entries (len(m))
  uint64_t nextSeq;

  int64_t len() const { return count; }
  // Borrowed pointer to the value slot of `key`, or nullptr if absent.
  Slot* find(Slot key, MapStatus* st = nullptr);
  // m[key] (the zero Slot when absent: for Value-kind values, nullptr means
  // "the zero struct/array"; use getOrInsert to get an object).
  Slot get(Slot key, bool* found = nullptr, MapStatus* st = nullptr);
  // The value slot of `key`, inserting the zero value first if absent (a
  // fresh zero object for Value kinds). nullptr only on error.
  Slot* getOrInsert(Heap& heap, Slot key, MapStatus* st = nullptr);
  // m[key] = value (value copied per valueKind).
  MapStatus set(Heap& heap, Slot key, Slot value);
  // delete(m, key); a missing key is not an error.
  MapStatus erase(Heap& heap, Slot key);
  // clear(m): removes every entry (NaN keys too).
  void clear(Heap& heap);
  // Range: next live entry after the iterator; false at the end.
  bool next(MapIter& it, Slot* key, Slot* value);
};

// A new empty map of `mapType` (a Map type or a Named one over it).
MapObj* newMap(Heap& heap, const Type* mapType, int64_t sizeHint = 0);

// Renders a key as the inspector labels map edges, Go-style: ["k"], [42],
// [1.5], [true], [{1 2}], [0xID] for pointers.
std::string renderMapKey(const Type* keyType, Slot key);

}  // namespace heapscope
