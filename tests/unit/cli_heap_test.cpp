// The heap flags of `heapscope run` (shell/cli/cli_heap.h) through the same
// runCliProgram the binaries call, with files kept in memory: --snapshot
// formats, --snapshot-at, --snapshot-every naming, --leaks (growing sites with
// their retainer path, refcount-only cycles), --max-heap; and the allocation
// summary by site on a real program.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "cli_args.h"
#include "cli_run.h"
#include "inspect/dominators.h"
#include "inspect/heap_leaks.h"
#include "inspect/summary.h"
#include "inspect/vm_view.h"
#include "vm/vm.h"

namespace heapscope {
namespace {

struct CaptureHost : Host {
  std::string out, err;
  void write(int fd, std::string_view b) override { (fd == 2 ? err : out).append(b); }
};

struct MemoryFiles : FileWriter {
  std::map<std::string, std::string> files;
  std::string writeFile(const std::string& path, const std::function<void(const Chunks&)>& produce) override {
    std::string& f = files[path];
    f.clear();
    produce([&](std::string_view c) { f.append(c); });
    return "";
  }
};

struct CliRun {
  int code = 0;
  std::string out, err;
  MemoryFiles files;
};

CliRun runCli(std::vector<std::string> flags, const std::string& source) {
  std::vector<std::string> argv{"run"};
  argv.insert(argv.end(), flags.begin(), flags.end());
  argv.push_back("prog.go");
  CliArgs args;
  std::string error;
  CliRun r;
  EXPECT_TRUE(parseCliArgs(argv, args, error)) << error;
  CaptureHost host;
  r.code = runCliProgram(args, source, host, &r.files);
  r.out = host.out;
  r.err = host.err;
  return r;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The programs of tests/heap_cli, which the heapsnapshot suite exports too:
// one copy, so their line numbers below cannot drift apart. growing_cache.go
// makes remember's entry on line 11; cycles.go builds its Nodes on 14 and 15.
std::string heapCliProgram(const char* name) {
  std::ifstream in(std::string(HS_TESTS_DIR) + "/heap_cli/" + name);
  EXPECT_TRUE(in.good()) << name;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

const std::string kGrowingCache = heapCliProgram("growing_cache.go");
const std::string kCycles = heapCliProgram("cycles.go");

TEST(CliHeap, LeaksNameTheGrowingSiteAndItsRetainerPath) {
  CliRun r = runCli({"--leaks", "--audit"}, kGrowingCache);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "entries: 300\n");
  EXPECT_TRUE(contains(r.err, "suspected heap leaks: 1 growing allocation site(s)")) << r.err;
  EXPECT_TRUE(contains(r.err, "  main.remember prog.go:11: live objects ")) << r.err;
  EXPECT_TRUE(contains(r.err, "    retained by: global main.cache \xE2\x86\x92 map[")) << r.err;
  EXPECT_FALSE(contains(r.err, "refcount audit failed")) << r.err;
}

TEST(CliHeap, RefcountOnlyLeaksListTheUncollectedCycles) {
  CliRun r = runCli({"--leaks", "--gc=refcount-only"}, kCycles);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "uncollected cycles (--gc=refcount-only): 20 group(s), 60 objects")) << r.err;
  EXPECT_TRUE(contains(r.err, "  20 x cycle: main.Node (main.makeCycle prog.go:15) \xE2\x86\x92 next \xE2\x86\x92 main.Node"))
      << r.err;
}

TEST(CliHeap, WithTheCollectorDroppedCyclesAreNoLeak) {
  CliRun r = runCli({"--leaks"}, kCycles);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "no leaked goroutines\n");
}

TEST(CliHeap, SnapshotFormatFollowsTheExtension) {
  CliRun r = runCli({"--snapshot", "a.json", "--snapshot", "a.dot", "--snapshot=a.heapsnapshot"}, kGrowingCache);
  EXPECT_EQ(r.code, 0) << r.err;
  ASSERT_EQ(r.files.files.size(), 3u);
  const std::string& json = r.files.files["a.json"];
  EXPECT_EQ(json.rfind("{\"format\":\"heapscope-snapshot\"", 0), 0u) << json.substr(0, 80);
  EXPECT_TRUE(contains(json, "\"retained\":"));  // exported with dominators
  EXPECT_TRUE(contains(json, "\"label\":\"global main.cache\""));
  EXPECT_EQ(r.files.files["a.dot"].rfind("digraph", 0), 0u);
  EXPECT_EQ(r.files.files["a.heapsnapshot"].rfind("{\"snapshot\":", 0), 0u);
}

TEST(CliHeap, SnapshotAtTakesTheFirstArrivalOnTheLine) {
  CliRun r = runCli({"--snapshot-at", "prog.go:11", "--snapshot", "at.json"}, kGrowingCache);
  EXPECT_EQ(r.code, 0) << r.err;
  ASSERT_EQ(r.files.files.count("at.json"), 1u);
  const std::string& json = r.files.files["at.json"];
  // First call of remember, before its first store: the map is still empty.
  EXPECT_TRUE(contains(json, "\"frames\":[{\"function\":\"main.remember\",\"line\":11")) << json.substr(0, 400);
  EXPECT_TRUE(contains(json, "\"type\":\"map[int][]uint8\"")) << json.substr(0, 400);
  EXPECT_TRUE(contains(json, "\"preview\":\"len=0\""));
}

TEST(CliHeap, SnapshotAtALineNeverReachedIsAnError) {
  CliRun r = runCli({"--snapshot-at", "3", "--snapshot", "at.json"}, kGrowingCache);
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(r.files.files.empty());
  EXPECT_TRUE(contains(r.err, "heapscope: -snapshot-at prog.go:3: line never reached, no snapshot written")) << r.err;
  r = runCli({"--snapshot-at", "other.go:11", "--snapshot", "at.json"}, kGrowingCache);
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(contains(r.err, "not the program file (prog.go)")) << r.err;
}

TEST(CliHeap, SnapshotEveryWritesOneFilePerStepMultipleAndOneAtExit) {
  CliRun r = runCli({"--snapshot-every", "1000", "--snapshot", "out/h.json"}, kGrowingCache);
  EXPECT_EQ(r.code, 0) << r.err;
  ASSERT_GE(r.files.files.size(), 3u);
  size_t periodic = 0;
  for (const auto& [path, json] : r.files.files) {
    ASSERT_EQ(path.rfind("out/h-", 0), 0u) << path;
    std::string step = path.substr(6, path.size() - 6 - 5);
    EXPECT_EQ(path.substr(path.size() - 5), ".json");
    EXPECT_TRUE(contains(json, "\"step\":" + step + ",")) << path;
    if (std::stoull(step) % 1000 == 0) ++periodic;
  }
  EXPECT_GE(periodic, r.files.files.size() - 1);
  EXPECT_EQ(snapshotFileForStep("a.b/heap.heapsnapshot", 7), "a.b/heap-7.heapsnapshot");
  EXPECT_EQ(snapshotFileForStep("dir.x/noext", 7), "dir.x/noext-7");
}

TEST(CliHeap, MaxHeapEndsTheProgramWithAFatalError) {
  const char* src = R"(package main

func main() {
	var keep [][]byte
	for { keep = append(keep, make([]byte, 1000)) }
}
)";
  CliRun r = runCli({"--max-heap", "100000", "--audit"}, src);
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "fatal error: heapscope: heap limit of 100000 bytes exceeded\n\ngoroutine 1 [running]:\nmain.main()\n"
            "\tprog.go:5\nexit status 2\n");
}

TEST(CliHeap, HostsWithoutFilesRefuseSnapshots) {
  CliArgs args;
  std::string error;
  ASSERT_TRUE(parseCliArgs({"run", "--snapshot", "x.json", "prog.go"}, args, error));
  CaptureHost host;
  EXPECT_EQ(runCliProgram(args, kGrowingCache, host, nullptr), 2);
  EXPECT_TRUE(contains(host.err, "cannot write files")) << host.err;
}

// Item 3 of issue 5: the summary by site names the function and line that
// allocated an object (here every Item and every label string).
TEST(CliHeap, SummaryBySiteNamesFunctionAndLine) {
  const char* src = R"(package main

import "strings"

type Item struct {
	id   int
	name string
}

var items []*Item

func newItem(i int) *Item {
	return &Item{id: i, name: label(i)}
}

func label(i int) string {
	return strings.Repeat("x", i%5+20)
}

func main() {
	for i := 0; i < 40; i++ {
		items = append(items, newItem(i))
	}
}
)";
  CaptureHost host;
  Session session(host);
  ASSERT_TRUE(session.compile(src)) << host.err;
  session.runToEnd();
  ASSERT_EQ(session.exitCode(), 0) << host.err;
  Vm& vm = *session.vm();
  VmRuntimeView view(vm);
  Snapshot snap = takeSnapshot(vm.heap(), vm, &view);
  DominatorTree dom = computeDominators(snap);
  HeapSummary sum = summarize(snap, &dom);
  std::map<std::string, uint64_t> bySite;
  for (const auto& row : sum.bySite) bySite[siteDisplayName(row.name, "prog.go")] = row.count;
  EXPECT_EQ(bySite["main.newItem prog.go:13"], 40u);
  // strings.Repeat allocates inside its prelude: the site is the user's call.
  EXPECT_EQ(bySite["main.label prog.go:17"], 40u);
  // The object's own site: items[0] is a main.Item from newItem's line.
  NodeIndex first = kNoNode;
  for (NodeIndex n = 0; n < snap.nodeCount(); ++n)
    if (snap.typeOf(n) == "main.Item") {
      first = n;
      break;
    }
  ASSERT_NE(first, kNoNode);
  EXPECT_EQ(siteDisplayName(snap.siteName(snap.site[first]), "prog.go"), "main.newItem prog.go:13");
}

}  // namespace
}  // namespace heapscope
