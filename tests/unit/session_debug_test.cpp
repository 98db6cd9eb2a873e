// Session's debugger API (core/api/session_debug.cpp): line breakpoints and
// Step into / over / out, as the GUI's run controls use them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "api/session.h"
#include "inspect/snapshot.h"
#include "inspect/vm_view.h"
#include "vm/vm.h"

namespace heapscope {
namespace {

struct Capture : Host {
  std::string out;
  void write(int, std::string_view bytes) override { out += bytes; }
};

// Line numbers matter: the tests name them.
const char* kProgram =
    "package main\n"                        // 1
    "\n"                                    // 2
    "import \"fmt\"\n"                      // 3
    "\n"                                    // 4
    "func add(a, b int) int {\n"            // 5
    "\ts := a + b\n"                        // 6
    "\treturn s\n"                          // 7
    "}\n"                                   // 8
    "\n"                                    // 9
    "func fact(n int) int {\n"              // 10
    "\tif n <= 1 {\n"                       // 11
    "\t\treturn 1\n"                        // 12
    "\t}\n"                                 // 13
    "\treturn n * fact(n-1)\n"              // 14
    "}\n"                                   // 15
    "\n"                                    // 16
    "func sum(n int) int {\n"               // 17
    "\tt := 0\n"                            // 18
    "\tfor i := 0; i < n; i++ {\n"          // 19
    "\t\tt += i\n"                          // 20
    "\t}\n"                                 // 21
    "\treturn t\n"                          // 22
    "}\n"                                   // 23
    "\n"                                    // 24
    "func main() {\n"                       // 25
    "\tx := add(1, 2)\n"                    // 26
    "\tfmt.Println(x)\n"                    // 27
    "\ty := fact(3) + sum(100000)\n"        // 28
    "\tfmt.Println(y)\n"                    // 29
    "}\n";                                  // 30

class SessionDebug : public ::testing::Test {
 protected:
  Capture host;
  Session session{host};
  void SetUp() override { ASSERT_TRUE(session.compile(kProgram)); }
  // Runs until the session stops for any reason but the budget.
  RunStatus runUntilStop() {
    RunStatus s;
    do s = session.run(1000);
    while (s == RunStatus::BudgetUsed);
    return s;
  }
  RunStatus step(StepKind kind) {
    EXPECT_TRUE(session.startStep(kind));
    return runUntilStop();
  }
};

TEST_F(SessionDebug, BreakpointStopsBeforeTheLineRuns) {
  session.setBreakpoints({27});
  EXPECT_EQ(runUntilStop(), RunStatus::Breakpoint);
  EXPECT_EQ(session.currentLine(), 27);
  EXPECT_EQ(host.out, "");  // Println not yet run
  EXPECT_EQ(session.pausedGoroutine(), 1);
  session.setBreakpoints({});
  EXPECT_EQ(runUntilStop(), RunStatus::Finished);
  EXPECT_EQ(host.out, "3\n4999950006\n");
}

TEST_F(SessionDebug, BreakpointInRecursionStopsInEveryCall) {
  session.setBreakpoints({11});
  std::vector<size_t> depths;
  while (runUntilStop() == RunStatus::Breakpoint) {
    EXPECT_EQ(session.currentLine(), 11);
    depths.push_back(session.vm()->currentGoroutine()->frames.size());
  }
  EXPECT_EQ(depths, (std::vector<size_t>{2, 3, 4}));  // fact(3), fact(2), fact(1)
}

TEST_F(SessionDebug, LoopBodyBreakpointStopsOncePerIteration) {
  session.setBreakpoints({20});
  int stops = 0;
  while (runUntilStop() == RunStatus::Breakpoint && stops < 5) ++stops;
  EXPECT_EQ(stops, 5);
}

TEST_F(SessionDebug, StepOverIntoOut) {
  session.setBreakpoints({26});
  ASSERT_EQ(runUntilStop(), RunStatus::Breakpoint);
  session.setBreakpoints({});
  EXPECT_EQ(step(StepKind::Into), RunStatus::StepDone);
  EXPECT_EQ(session.currentLine(), 6);  // in add
  EXPECT_EQ(step(StepKind::Over), RunStatus::StepDone);
  EXPECT_EQ(session.currentLine(), 7);
  EXPECT_EQ(step(StepKind::Out), RunStatus::StepDone);
  EXPECT_EQ(session.currentLine(), 26);  // back in main, storing the result
  EXPECT_EQ(session.vm()->currentGoroutine()->frames.size(), 1u);
  EXPECT_EQ(step(StepKind::Over), RunStatus::StepDone);
  EXPECT_EQ(session.currentLine(), 27);
  // Step into fmt.Println passes over the standard library's Go code.
  EXPECT_EQ(step(StepKind::Into), RunStatus::StepDone);
  EXPECT_EQ(session.currentLine(), 28);
  EXPECT_EQ(host.out, "3\n");
  // Stepping over sum(100000) spans many run() budgets.
  uint64_t before = session.steps();
  EXPECT_EQ(step(StepKind::Over), RunStatus::StepDone);
  EXPECT_EQ(session.currentLine(), 29);
  EXPECT_GT(session.steps() - before, 100000u);
  EXPECT_EQ(step(StepKind::Over), RunStatus::StepDone);
  EXPECT_EQ(session.currentLine(), 30);
  EXPECT_EQ(step(StepKind::Over), RunStatus::Finished);
  EXPECT_EQ(host.out, "3\n4999950006\n");
  EXPECT_FALSE(session.startStep(StepKind::Over));
}

TEST_F(SessionDebug, FirstStepStopsOnMainsFirstLine) {
  EXPECT_EQ(step(StepKind::Into), RunStatus::StepDone);
  EXPECT_EQ(session.currentLine(), 26);
}

TEST_F(SessionDebug, NoGoroutineIsRunningAfterTheEnd) {
  EXPECT_EQ(session.runToEnd(), RunStatus::Finished);
  VmRuntimeView view(*session.vm());
  std::vector<GoroutineInfo> gs;
  view.describeGoroutines(gs);
  for (const GoroutineInfo& g : gs) EXPECT_NE(g.state, "running") << "goroutine " << g.goid;
}

TEST(SessionDebugGoroutines, BreakpointInAnotherGoroutineAndStepOfAnExitingOne) {
  Capture host;
  Session session(host);
  ASSERT_TRUE(session.compile(
      "package main\n"                       // 1
      "\n"                                   // 2
      "func work(c chan int) {\n"            // 3
      "\tc <- 7\n"                           // 4
      "}\n"                                  // 5
      "\n"                                   // 6
      "func main() {\n"                      // 7
      "\tc := make(chan int)\n"              // 8
      "\tgo work(c)\n"                       // 9
      "\tprintln(<-c)\n"                     // 10
      "}\n"));                               // 11
  session.setBreakpoints({4});
  RunStatus s;
  do s = session.run(100);
  while (s == RunStatus::BudgetUsed);
  ASSERT_EQ(s, RunStatus::Breakpoint);
  EXPECT_EQ(session.pausedGoroutine(), 2);
  EXPECT_EQ(session.currentLine(), 4);
  session.setBreakpoints({});
  // Stepping over the send, then off the end of work: the goroutine exits,
  // which ends the step (main may still be running).
  ASSERT_TRUE(session.startStep(StepKind::Over));
  do s = session.run(100);
  while (s == RunStatus::BudgetUsed);
  EXPECT_TRUE(s == RunStatus::StepDone || s == RunStatus::Finished);
  EXPECT_EQ(session.runToEnd(), RunStatus::Finished);
  EXPECT_EQ(host.out, "7\n");
}

}  // namespace
}  // namespace heapscope
