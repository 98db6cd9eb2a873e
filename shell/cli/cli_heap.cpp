// CliHeapWatch (cli_heap.h): snapshots and growth samples between two
// instructions of a CLI run.
//
// --leaks sampling: per-site live counts from one walk of the heap's object
// list (sampleHeapSites), first every 64 steps; when 64 samples are held,
// every other one is dropped and the interval doubles, so any run ends with
// 32-64 evenly spaced samples spanning all of it. The interval is also at
// least four times the live object count, which bounds the sampling cost to
// one object visit per four instructions on big heaps.
#include "cli_heap.h"

#include <algorithm>

#include "inspect/dominators.h"
#include "inspect/export.h"
#include "inspect/heap_leaks.h"
#include "inspect/snapshot.h"
#include "inspect/vm_view.h"
#include "vm/vm.h"

namespace heapscope {

namespace {

constexpr uint64_t kFirstSampleInterval = 64;
constexpr size_t kMaxSamples = 64;

bool endsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// --leaks asks for steady growth of a handful of objects at least: a data
// structure built once and then used does not rise in most intervals.
GrowthOptions cliGrowthOptions() {
  GrowthOptions o;
  o.minSamples = 4;
  o.minGrowth = 8;
  return o;
}

}  // namespace

std::string snapshotFileForStep(const std::string& path, uint64_t step) {
  auto slash = path.find_last_of('/');
  auto dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) dot = path.size();
  return path.substr(0, dot) + "-" + std::to_string(step) + path.substr(dot);
}

CliHeapWatch::CliHeapWatch(const CliArgs& args, Session& session, Host& host, FileWriter* files)
    : args_(args), session_(session), host_(host), files_(files) {}

bool CliHeapWatch::start() {
  Vm* vm = session_.vm();
  if (!vm) return true;
  if (!args_.snapshotFiles.empty() && !files_) {
    host_.write(2, "heapscope: -snapshot: this host cannot write files\n");
    return false;
  }
  if (args_.snapshotAtLine) {
    const std::string& name = session_.options().fileName;
    if (!args_.snapshotAtFile.empty() && args_.snapshotAtFile != name && args_.snapshotAtFile != args_.progPath) {
      host_.write(2, "heapscope: -snapshot-at " + args_.snapshotAtFile + ":" + std::to_string(args_.snapshotAtLine) +
                         ": not the program file (" + name + ")\n");
      return false;
    }
    session_.setBreakpoints({args_.snapshotAtLine});
  }
  if (args_.snapshotEvery) nextSnapshotStep_ = args_.snapshotEvery;
  if (args_.leaks && !args_.snapshotEvery) {
    sampleInterval_ = kFirstSampleInterval;
    nextSampleStep_ = kFirstSampleInterval;
  }
  return true;
}

uint64_t CliHeapWatch::budget(uint64_t most) const {
  uint64_t now = session_.steps();
  if (nextSnapshotStep_ > now) most = std::min(most, nextSnapshotStep_ - now);
  if (sampleInterval_ && nextSampleStep_ > now) most = std::min(most, nextSampleStep_ - now);
  return std::max<uint64_t>(most, 1);
}

void CliHeapWatch::between(RunStatus status) {
  if (session_.finished()) return;  // finish() handles the end
  uint64_t now = session_.steps();
  if (status == RunStatus::Breakpoint && args_.snapshotAtLine && !atLineTaken_) {
    atLineTaken_ = true;
    session_.setBreakpoints({});  // the first time only
    takeAndWrite(0, false);
  }
  if (nextSnapshotStep_ && now >= nextSnapshotStep_) {
    takeAndWrite(now, true);
    nextSnapshotStep_ = (now / args_.snapshotEvery + 1) * args_.snapshotEvery;
  }
  if (sampleInterval_ && now >= nextSampleStep_) sampleGrowth();
}

void CliHeapWatch::sampleGrowth() {
  Heap& heap = session_.vm()->heap();
  sampleHeapSites(heap, growth_);
  if (growth_.samples() >= kMaxSamples) {
    growth_.dropOddSamples();
    sampleInterval_ *= 2;
  }
  uint64_t floor = 4 * heap.stats().liveObjects;
  nextSampleStep_ = session_.steps() + std::max(sampleInterval_, floor);
}

void CliHeapWatch::takeAndWrite(uint64_t step, bool withSuffix) {
  Vm* vm = session_.vm();
  VmRuntimeView view(*vm);
  CaptureOptions options;
  options.step = vm->steps();
  Snapshot snap = takeSnapshot(vm->heap(), *vm, &view, options);
  if (args_.leaks && args_.snapshotEvery) growth_.addSample(snap);
  for (const auto& path : args_.snapshotFiles) writeSnapshot(snap, withSuffix ? snapshotFileForStep(path, step) : path);
}

void CliHeapWatch::writeSnapshot(const Snapshot& snap, const std::string& path) {
  std::string error = files_->writeFile(path, [&](const FileWriter::Chunks& sink) {
    if (endsWith(path, ".heapsnapshot")) {
      exportHeapSnapshot(snap, sink);
    } else if (endsWith(path, ".dot")) {
      exportDot(snap, DotOptions{}, sink);
    } else {
      DominatorTree dom = computeDominators(snap);
      exportJson(snap, &dom, sink);
    }
  });
  if (!error.empty()) {
    host_.write(2, "heapscope: -snapshot: " + error + "\n");
    ok_ = false;
  }
}

void CliHeapWatch::finish() {
  Vm* vm = session_.vm();
  if (!vm) return;
  bool exitSnapshot = !args_.snapshotFiles.empty() && !args_.snapshotAtLine;
  if (args_.snapshotAtLine && !atLineTaken_) {
    host_.write(2, "heapscope: -snapshot-at " + session_.options().fileName + ":" +
                       std::to_string(args_.snapshotAtLine) + ": line never reached, no snapshot written\n");
    ok_ = false;
  }
  if (!exitSnapshot && !args_.leaks) return;
  VmRuntimeView view(*vm);
  CaptureOptions options;
  options.step = vm->steps();
  Snapshot snap = takeSnapshot(vm->heap(), *vm, &view, options);
  if (exitSnapshot)
    for (const auto& path : args_.snapshotFiles)
      writeSnapshot(snap, args_.snapshotEvery ? snapshotFileForStep(path, snap.step) : path);
  if (args_.leaks) {
    HeapLeakReportOptions report;
    report.fileName = session_.options().fileName;
    report.listCycles = args_.refcountOnly;
    report.growth = cliGrowthOptions();
    host_.write(2, heapLeakReport(growth_, snap, report));
  }
}

}  // namespace heapscope
