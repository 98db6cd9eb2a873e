// Unit tests for the `heapscope` command line (shell/cli/cli_args.h) and its
// mapping onto SessionOptions (shell/cli/cli_run.h).
#include <gtest/gtest.h>

#include "cli_args.h"
#include "cli_run.h"

namespace heapscope {
namespace {

bool parse(std::vector<std::string> argv, CliArgs& out, std::string& err) {
  return parseCliArgs(argv, out, err);
}

TEST(CliArgs, PlainRun) {
  CliArgs a;
  std::string err;
  ASSERT_TRUE(parse({"run", "prog.go"}, a, err)) << err;
  EXPECT_EQ(a.progPath, "prog.go");
  EXPECT_TRUE(a.progArgs.empty());
  EXPECT_FALSE(a.audit);
  EXPECT_EQ(a.maxSteps, 0u);
  EXPECT_EQ(a.seed, 1u);
  EXPECT_FALSE(a.refcountOnly);
}

TEST(CliArgs, AllFlagsAndProgramArgs) {
  CliArgs a;
  std::string err;
  ASSERT_TRUE(parse({"run", "--audit", "--max-steps", "500", "--seed=7", "--gc=refcount-only",
                     "dir/x.go", "a", "--audit"},
                    a, err))
      << err;
  EXPECT_TRUE(a.audit);
  EXPECT_EQ(a.maxSteps, 500u);
  EXPECT_EQ(a.seed, 7u);
  EXPECT_TRUE(a.refcountOnly);
  EXPECT_EQ(a.progPath, "dir/x.go");
  // Words after the program file belong to the program, even flag-like ones.
  EXPECT_EQ(a.progArgs, (std::vector<std::string>{"a", "--audit"}));
}

TEST(CliArgs, CompileOnly) {
  CliArgs a;
  std::string err;
  ASSERT_TRUE(parse({"run", "--compile-only", "x.go"}, a, err)) << err;
  EXPECT_TRUE(a.compileOnly);
  ASSERT_TRUE(parse({"run", "-compile-only=false", "x.go"}, a, err)) << err;
  EXPECT_FALSE(a.compileOnly);
  EXPECT_FALSE(parse({"run", "--compile-only=maybe", "x.go"}, a, err));
  EXPECT_EQ(err, "invalid boolean value \"maybe\" for -compile-only");
}

TEST(CliArgs, SingleDashFlagsAsInGo) {
  CliArgs a;
  std::string err;
  ASSERT_TRUE(parse({"run", "-max-steps=3", "-gc", "auto", "p.go"}, a, err)) << err;
  EXPECT_EQ(a.maxSteps, 3u);
  EXPECT_FALSE(a.refcountOnly);
}

// --sched-trace: a boolean flag (docs/CONCURRENCY.md, "Determinism")
TEST(CliArgs, SchedTrace) {
  CliArgs a;
  std::string err;
  ASSERT_TRUE(parse({"run", "prog.go"}, a, err)) << err;
  EXPECT_FALSE(a.schedTrace);
  ASSERT_TRUE(parse({"run", "--sched-trace", "--seed", "3", "prog.go"}, a, err)) << err;
  EXPECT_TRUE(a.schedTrace);
  EXPECT_EQ(a.seed, 3u);
  ASSERT_TRUE(parse({"run", "-sched-trace=false", "prog.go"}, a, err)) << err;
  EXPECT_FALSE(a.schedTrace);
  EXPECT_FALSE(parse({"run", "--sched-trace=yes", "prog.go"}, a, err));
  EXPECT_EQ(err, "invalid boolean value \"yes\" for -sched-trace");
}

TEST(CliArgs, UsageErrors) {
  CliArgs a;
  std::string err;
  EXPECT_FALSE(parse({}, a, err));
  EXPECT_FALSE(parse({"build", "p.go"}, a, err));
  EXPECT_EQ(err, "unknown command \"build\"");
  EXPECT_FALSE(parse({"run"}, a, err));
  EXPECT_EQ(err, "no .go file given");
  EXPECT_FALSE(parse({"run", "--max-steps", "lots", "p.go"}, a, err));
  EXPECT_EQ(err, "invalid value \"lots\" for flag -max-steps");
  EXPECT_FALSE(parse({"run", "--gc=mark-sweep", "p.go"}, a, err));
  EXPECT_FALSE(parse({"run", "--frobnicate", "p.go"}, a, err));
  EXPECT_EQ(err, "flag provided but not defined: -frobnicate");
  EXPECT_FALSE(parse({"run", "--seed"}, a, err));
  EXPECT_EQ(err, "flag needs an argument: -seed");
}

TEST(CliArgs, Help) {
  CliArgs a;
  std::string err;
  ASSERT_TRUE(parse({"--help"}, a, err));
  EXPECT_TRUE(a.help);
  EXPECT_NE(std::string(cliUsage()).find("heapscope run"), std::string::npos);
}

TEST(CliArgs, HeapFlags) {
  CliArgs a;
  std::string err;
  ASSERT_TRUE(parse({"run", "--leaks", "--max-heap=1048576", "--snapshot", "h.json", "--snapshot=h.heapsnapshot",
                     "--snapshot-every", "5000", "x.go"},
                    a, err))
      << err;
  EXPECT_TRUE(a.leaks);
  EXPECT_EQ(a.maxHeap, 1048576u);
  EXPECT_EQ(a.snapshotFiles, (std::vector<std::string>{"h.json", "h.heapsnapshot"}));
  EXPECT_EQ(a.snapshotEvery, 5000u);
  EXPECT_EQ(sessionOptionsFor(a).maxHeapBytes, 1048576u);
  ASSERT_TRUE(parse({"run", "--snapshot-at", "x.go:12", "--snapshot", "g.dot", "x.go"}, a, err)) << err;
  EXPECT_EQ(a.snapshotAtFile, "x.go");
  EXPECT_EQ(a.snapshotAtLine, 12);
  ASSERT_TRUE(parse({"run", "--snapshot-at=7", "--snapshot", "g.dot", "x.go"}, a, err)) << err;
  EXPECT_EQ(a.snapshotAtFile, "");
  EXPECT_EQ(a.snapshotAtLine, 7);
  // --leaks alone may sample every N steps (no files)
  ASSERT_TRUE(parse({"run", "--leaks", "--snapshot-every", "100", "x.go"}, a, err)) << err;
}

TEST(CliArgs, HeapFlagErrors) {
  CliArgs a;
  std::string err;
  EXPECT_FALSE(parse({"run", "--snapshot", "h.txt", "x.go"}, a, err));
  EXPECT_EQ(err, "invalid value \"h.txt\" for flag -snapshot (want a .json, .dot or .heapsnapshot file)");
  EXPECT_FALSE(parse({"run", "--snapshot-at", "x.go:0", "--snapshot", "h.json", "x.go"}, a, err));
  EXPECT_EQ(err, "invalid value \"x.go:0\" for flag -snapshot-at (want prog.go:LINE)");
  EXPECT_FALSE(parse({"run", "--snapshot-at", "x.go:3", "x.go"}, a, err));
  EXPECT_EQ(err, "flag -snapshot-at needs -snapshot FILE");
  EXPECT_FALSE(parse({"run", "--snapshot-every", "10", "x.go"}, a, err));
  EXPECT_EQ(err, "flag -snapshot-every needs -snapshot FILE or -leaks");
  EXPECT_FALSE(parse({"run", "--snapshot-at", "3", "--snapshot-every", "10", "--snapshot", "h.json", "x.go"}, a, err));
  EXPECT_EQ(err, "flags -snapshot-at and -snapshot-every are mutually exclusive");
  EXPECT_FALSE(parse({"run", "--max-heap", "0", "x.go"}, a, err));
  EXPECT_EQ(err, "invalid value \"0\" for flag -max-heap");
  EXPECT_FALSE(parse({"run", "--max-heap", "1G", "x.go"}, a, err));
}

TEST(CliRun, SessionOptionsFromFlags) {
  CliArgs a;
  std::string err;
  ASSERT_TRUE(parse({"run", "--seed", "42", "--max-steps", "9", "--gc=refcount-only",
                     "tests/go/x.go", "one"},
                    a, err));
  SessionOptions o = sessionOptionsFor(a);
  EXPECT_EQ(o.fileName, "x.go");  // diagnostics use the base name
  EXPECT_EQ(o.seed, 42u);
  EXPECT_EQ(o.maxSteps, 9u);
  EXPECT_FALSE(o.cycleCollector);
  EXPECT_EQ(o.args, (std::vector<std::string>{"one"}));
}

}  // namespace
}  // namespace heapscope
