// HeapModel::closureEnv (shell/gui/heap_model.h) on a live session: a
// closure whose defining frame returned shows its environment as "returned",
// one made by a frame still running shares that frame's variables.
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

// Line numbers matter: the breakpoint is on line 17 (show() not yet run).
const char* kProgram =
    "package main\n"                         // 1
    "\n"                                     // 2
    "func makeCounter() func() int {\n"      // 3
    "\tn := 0\n"                             // 4
    "\treturn func() int {\n"                // 5
    "\t\tn++\n"                              // 6
    "\t\treturn n\n"                         // 7
    "\t}\n"                                  // 8
    "}\n"                                    // 9
    "\n"                                     // 10
    "func main() {\n"                        // 11
    "\tnext := makeCounter()\n"              // 12
    "\tnext()\n"                             // 13
    "\tk := 10\n"                            // 14
    "\tshow := func() { println(k) }\n"      // 15
    "\tk++\n"                                // 16
    "\tshow()\n"                             // 17
    "\tprintln(next())\n"                    // 18
    "}\n";                                   // 19

const SnapshotLocal* localNamed(const Snapshot& s, const std::string& name) {
  for (const SnapshotGoroutine& g : s.goroutines)
    for (const SnapshotFrame& f : g.frames)
      for (const SnapshotLocal& l : f.locals)
        if (s.str(l.name) == name) return &l;
  return nullptr;
}

TEST(GuiClosureEnv, ReturnedAndLiveEnvironments) {
  Quiet host;
  Session session(host);
  ASSERT_TRUE(session.compile(kProgram));
  session.setBreakpoints({17});
  RunStatus st;
  do st = session.run(1000);
  while (st == RunStatus::BudgetUsed);
  ASSERT_EQ(st, RunStatus::Breakpoint);
  HeapModel model;
  model.capture(session);
  const Snapshot& s = *model.snap;

  const SnapshotLocal* next = localNamed(s, "next");
  ASSERT_NE(next, nullptr);
  HeapModel::ClosureEnv env = model.closureEnv(next->node);
  EXPECT_EQ(env.function, "main.makeCounter.func1");
  EXPECT_EQ(env.definedIn, "main.makeCounter");
  EXPECT_TRUE(env.returned);
  EXPECT_EQ(env.text, "env of main.makeCounter.func1, returned, held by closure #" + std::to_string(s.id[next->node]));

  const SnapshotLocal* show = localNamed(s, "show");
  ASSERT_NE(show, nullptr);
  env = model.closureEnv(show->node);
  EXPECT_EQ(env.function, "main.main.func1");
  EXPECT_FALSE(env.returned);
  EXPECT_EQ(env.liveGoroutine, 1u);
  EXPECT_EQ(env.text, "env of main.main.func1, shared with the live frame main.main (goroutine 1)");

  // Not a closure: no environment.
  const SnapshotLocal* k = localNamed(s, "k");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(model.closureEnv(k->node).text, "");
}

}  // namespace
}  // namespace heapscope
#endif  // HS_HAVE_GUI_MODEL
