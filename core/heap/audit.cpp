// Heap::audit: the refcount invariant checked from scratch (Lua's
// lua_checkmemory, Luau's luaC_validate). For every listed object,
// refcount must equal the number of counted references found by walking
// every object's forEachRef plus every root. It also checks the
// all-objects list (prev/next agree, length == stats().liveObjects) and
// that every referenced object is on the list (else: a dangling pointer).
// A refcount one too high is the classic leak (QuickJS's generator bug);
// one too low is a use-after-free waiting to happen.
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "heap/heap_internal.h"

namespace heapscope {

namespace {
struct CountRefs final : RefVisitor {
  std::unordered_map<const Object*, uint32_t>* counted;
  const std::unordered_set<const Object*>* listed;
  std::vector<std::string>* notes;
  const Object* from = nullptr;
  void visit(Object* c, const std::string&) override {
    if (!c) return;
    ++(*counted)[c];
    if (!listed->count(c)) {
      notes->push_back("object #" + std::to_string(from ? from->id : 0) + " references an object that is not on the heap list");
    }
  }
};
}  // namespace

std::vector<AuditMismatch> Heap::audit(RootSource& roots) {
  auditNotes.clear();
  std::unordered_set<const Object*> listed;
  uint64_t n = 0;
  Object* prev = nullptr;
  for (Object* o = head_; o; o = o->next) {
    if (o->prev != prev) auditNotes.push_back("list link broken at object #" + std::to_string(o->id));
    if (!listed.insert(o).second) {
      auditNotes.push_back("object #" + std::to_string(o->id) + " is on the list twice");
      break;
    }
    prev = o;
    n++;
  }
  if (n != stats_.liveObjects)
    auditNotes.push_back("list has " + std::to_string(n) + " objects, stats say " + std::to_string(stats_.liveObjects));

  std::unordered_map<const Object*, uint32_t> counted;
  CountRefs count;
  count.counted = &counted;
  count.listed = &listed;
  count.notes = &auditNotes;
  for (Object* o = head_; o; o = o->next) {
    count.from = o;
    forEachRef(o, count);
  }
  roots.forEachRoot([&](Object* r, const std::string& label) {
    if (!r) return;
    ++counted[r];
    if (!listed.count(r)) auditNotes.push_back("root " + label + " references an object that is not on the heap list");
  });

  std::vector<AuditMismatch> out;
  for (Object* o = head_; o; o = o->next) {
    auto it = counted.find(o);
    uint32_t c = it == counted.end() ? 0 : it->second;
    if (c != o->refcount) out.push_back(AuditMismatch{o, o->refcount, c});
  }
  return out;
}

}  // namespace heapscope
