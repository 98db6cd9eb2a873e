// Session::collectGarbageNow (the GUI's "GC now") at a breakpoint: frees an
// unreachable ring, and the program then runs on with exact refcounts —
// also after a snapshot, which borrows the collector's per-object scratch.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "api/session.h"
#include "heap/heap.h"
#include "inspect/snapshot.h"
#include "inspect/vm_view.h"
#include "vm/vm.h"

namespace heapscope {
namespace {

struct Capture : Host {
  std::string out;
  void write(int, std::string_view bytes) override { out.append(bytes); }
};

// The GUI tests' program (tests/desktop/programs/gc_now.go): on line 27 the
// ring of three nodes made by makeRing is unreachable garbage.
std::string gcNowProgram() {
  std::ifstream in(std::string(HS_TESTS_DIR) + "/desktop/programs/gc_now.go");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(SessionGc, FreesARingAtABreakpointAndRunsOn) {
  Capture host;
  Session s(host);
  const std::string program = gcNowProgram();
  ASSERT_FALSE(program.empty());
  ASSERT_TRUE(s.compile(program));
  s.setBreakpoints({27});
  RunStatus st = RunStatus::BudgetUsed;
  for (int i = 0; i < 1000 && st != RunStatus::Breakpoint && st != RunStatus::Finished; ++i) st = s.run(1000);
  ASSERT_EQ(st, RunStatus::Breakpoint);
  ASSERT_EQ(s.currentLine(), 27);
  // What the GUI's capture at the pause does first: audit, snapshot.
  EXPECT_TRUE(s.audit().empty());
  {
    VmRuntimeView view(*s.vm());
    CaptureOptions options;
    Snapshot snap = takeSnapshot(s.vm()->heap(), *s.vm(), &view, options);
    EXPECT_GT(snap.nodeCount(), 3u);
  }
  EXPECT_EQ(s.vm()->heap().findCyclicGarbage().size(), 3u);
  size_t inCycles = 0;
  s.collectGarbageNow(&inCycles);
  EXPECT_EQ(inCycles, 3u);
  EXPECT_TRUE(s.audit().empty());
  s.setBreakpoints({});
  EXPECT_EQ(s.runToEnd(), RunStatus::Finished);
  EXPECT_EQ(host.out, "ring dropped\npicked 1\n");
  EXPECT_EQ(s.exitCode(), 0);
  EXPECT_TRUE(s.audit().empty());
}

}  // namespace
}  // namespace heapscope
