// The goroutine tree's wait links (goroutine_waits.cpp): what a blocked
// goroutine waits on (a clickable channel or sync object), who holds that
// object (one retainer path per direct referrer, each clickable), and
// whether anything that can still run reaches it — if not, the goroutine is
// leaked. Data: HeapModel::waits (core/inspect/waits.h).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "../heap_view.h"

namespace heapscope {

// "channel", "mutex", "RWMutex", "WaitGroup", "Cond" (or the type name).
std::string waitObjectNoun(const Snapshot& s, NodeIndex node);

// The links of goroutine `gi` (nothing if it waits on no object). `id`
// keeps ImGui ids unique per tree position.
void drawWaitLinks(const HeapView& view, size_t gi, HeapActions& actions, const std::string& id);

// For a group of goroutines with one stack: the objects they all wait on
// when that is the same for every member, else empty.
std::vector<uint32_t> sharedWaitObjects(const WaitAnalysis& waits, const std::vector<uint32_t>& group);
// Draws the links of the shared wait objects once, for the whole group.
void drawSharedWaitLinks(const HeapView& view, const std::vector<uint32_t>& objects, size_t members,
                         HeapActions& actions, const std::string& id);

}  // namespace heapscope
