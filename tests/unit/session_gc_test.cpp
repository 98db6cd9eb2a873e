// Session::collectGarbageNow (the GUI's "GC now") at a breakpoint: frees an
// unreachable ring, and the program then runs on with exact refcounts —
// also after a snapshot, which borrows the collector's per-object scratch.
#include <gtest/gtest.h>

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

constexpr const char* kRing = R"(package main

import "fmt"

type node struct{ next *node }

func makeRing() {
	a := &node{}
	b := &node{next: a}
	c := &node{next: b}
	a.next = c
}

func main() {
	a, b := make(chan int, 1), make(chan int, 1)
	a <- 1
	b <- 2
	makeRing()
	fmt.Println("ring dropped")
	select {
	case v := <-a:
		fmt.Println("picked", v)
	case v := <-b:
		fmt.Println("picked", v)
	}
	fmt.Println("done")
}
)";

TEST(SessionGc, FreesARingAtABreakpointAndRunsOn) {
  Capture host;
  Session s(host);
  ASSERT_TRUE(s.compile(kRing));
  s.setBreakpoints({19});
  RunStatus st = RunStatus::BudgetUsed;
  for (int i = 0; i < 1000 && st != RunStatus::Breakpoint && st != RunStatus::Finished; ++i) st = s.run(1000);
  ASSERT_EQ(st, RunStatus::Breakpoint);
  ASSERT_EQ(s.currentLine(), 19);
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
  EXPECT_EQ(host.out, "ring dropped\npicked 1\ndone\n");
  EXPECT_EQ(s.exitCode(), 0);
  EXPECT_TRUE(s.audit().empty());
}

}  // namespace
}  // namespace heapscope
