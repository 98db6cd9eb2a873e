// HeapModel's "freed since the previous pause" (shell/gui/heap_model.h) on a
// live session: between two breakpoints a map entry is deleted; the pause
// capture lists its struct, slice header and backing array, with who held
// them. A periodic capture (while running) lists nothing, and a capture at an
// earlier step (time travel back) has nothing "freed since".
#ifdef HS_HAVE_GUI_MODEL
#include <gtest/gtest.h>

#include <string>

#include "api/session.h"
#include "heap_model.h"

namespace heapscope {
namespace {

struct Quiet : Host {
  void write(int, std::string_view) override {}
};

// Line numbers matter: breakpoints on 10 (both entries alive) and 12 (one deleted).
const char* kProgram =
    "package main\n"                                          // 1
    "\n"                                                      // 2
    "type Entry struct{ data []int }\n"                       // 3
    "\n"                                                      // 4
    "var cache = map[string]*Entry{}\n"                       // 5
    "\n"                                                      // 6
    "func main() {\n"                                         // 7
    "\tcache[\"keep\"] = &Entry{data: make([]int, 10)}\n"     // 8
    "\tcache[\"drop\"] = &Entry{data: make([]int, 300)}\n"    // 9
    "\tprintln(len(cache))\n"                                 // 10
    "\tdelete(cache, \"drop\")\n"                             // 11
    "\tprintln(len(cache))\n"                                 // 12
    "}\n";                                                    // 13

RunStatus runToStop(Session& session) {
  RunStatus st;
  do st = session.run(1000);
  while (st == RunStatus::BudgetUsed);
  return st;
}

TEST(GuiFreed, MapEntryDeletedBetweenTwoPauses) {
  Quiet host;
  Session session(host);
  ASSERT_TRUE(session.compile(kProgram));
  session.setBreakpoints({10, 12});
  ASSERT_EQ(runToStop(session), RunStatus::Breakpoint);
  HeapModel model;
  model.capture(session);
  EXPECT_FALSE(model.hasFreedBaseline);  // the first pause: nothing to compare with
  EXPECT_EQ(model.freedCount, 0u);
  const uint64_t firstStep = model.snap->step;

  ASSERT_EQ(runToStop(session), RunStatus::Breakpoint);
  model.capture(session, /*audit=*/false);  // a periodic capture: not a pause
  EXPECT_EQ(model.freedCount, 0u);
  model.capture(session);
  ASSERT_TRUE(model.hasFreedBaseline);
  EXPECT_EQ(model.freedSinceStep, firstStep);
  ASSERT_EQ(model.freedCount, 3u);
  ASSERT_EQ(model.freed.size(), 3u);
  const HeapModel::FreedObject* entry = nullptr;
  const HeapModel::FreedObject* array = nullptr;
  for (const HeapModel::FreedObject& f : model.freed) {
    if (f.type == "main.Entry") entry = &f;
    if (f.type == "[300]int") array = &f;
  }
  ASSERT_NE(entry, nullptr);
  ASSERT_NE(array, nullptr);
  EXPECT_EQ(entry->heldByLabel, "[\"drop\"]");
  EXPECT_NE(model.snap->findId(entry->heldBy), kNoNode);  // the map, still alive
  EXPECT_GE(array->bytes, 300u * 8u);
  EXPECT_EQ(entry->site, "main.main:9");
  EXPECT_EQ(model.freedGroups.front().type, "[300]int");  // most bytes first

  // A second capture at the same pause keeps the same baseline.
  model.capture(session);
  EXPECT_EQ(model.freedCount, 3u);
  EXPECT_EQ(model.freedSinceStep, firstStep);
}

}  // namespace
}  // namespace heapscope
#endif
