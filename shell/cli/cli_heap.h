// The heap side of `heapscope run` (docs/SNAPSHOT.md, "CLI"): --snapshot
// files taken at exit, at a line (--snapshot-at) or every N steps
// (--snapshot-every), and the heap half of --leaks (growing allocation
// sites sampled during the run, uncollected cycles in refcount-only mode).
// The run loop in cli_run.cpp asks it how far to run and calls it between
// two instructions; it never runs the program itself.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "api/session.h"
#include "cli_args.h"
#include "inspect/diff.h"

namespace heapscope {

class Snapshot;

// Where --snapshot files go. The native binary writes real files; a host
// without a file system passes no writer and --snapshot fails politely.
class FileWriter {
 public:
  virtual ~FileWriter() = default;
  using Chunks = std::function<void(std::string_view)>;
  // Creates `path` and fills it with the chunks `produce` emits. Returns ""
  // or one line such as "open x.json: Permission denied".
  virtual std::string writeFile(const std::string& path, const std::function<void(const Chunks&)>& produce) = 0;
};

// "heap.json" + step 1200 -> "heap-1200.json" (--snapshot-every names).
std::string snapshotFileForStep(const std::string& path, uint64_t step);

class CliHeapWatch {
 public:
  CliHeapWatch(const CliArgs& args, Session& session, Host& host, FileWriter* files);
  // After compiling, before the first step: sets the --snapshot-at
  // breakpoint. False (message written) when the flags cannot be honoured.
  bool start();
  // How many steps the run loop may execute before the next call to
  // between() is due (never more than `most`).
  uint64_t budget(uint64_t most) const;
  // Between two instructions, after Session::run returned `status`.
  void between(RunStatus status);
  // The program ended: the exit snapshot (--snapshot alone, or the last of
  // --snapshot-every), then the heap leak report (--leaks) on stderr.
  void finish();
  // False when a requested snapshot was not written (I/O error, line never
  // reached): the CLI then exits 1 if the program itself succeeded.
  bool ok() const { return ok_; }

 private:
  const CliArgs& args_;
  Session& session_;
  Host& host_;
  FileWriter* files_;
  bool ok_ = true;
  bool atLineTaken_ = false;
  uint64_t nextSnapshotStep_ = 0;  // --snapshot-every: next multiple of N (0 = off)
  // --leaks growth sampling (per-site counts from the live heap)
  GrowthTracker growth_;
  uint64_t sampleInterval_ = 0;    // 0 = not sampling
  uint64_t nextSampleStep_ = 0;

  void takeAndWrite(uint64_t stepSuffix, bool withSuffix);
  void writeSnapshot(const Snapshot& snap, const std::string& path);
  void sampleGrowth();
};

}  // namespace heapscope
