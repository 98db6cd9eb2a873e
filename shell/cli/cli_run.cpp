// CLI run logic shared by the native and wasm hosts. Owns the mapping from
// command-line flags to SessionOptions and mimics `go run` around the program:
// a non-zero exit of the program itself ends with "exit status N" on stderr.
#include "cli_run.h"

#include <string>

#include "compile/disasm.h"
#include "heap/heap.h"
#include "vm/vm.h"

namespace heapscope {

namespace {

// --audit: every object's refcount must equal the references found by walking
// roots and objects. Mismatches are printed after the program's output, so a
// script test comparing output fails on them.
bool reportAudit(Session& session, Host& host) {
  auto mismatches = session.audit();
  if (mismatches.empty()) return true;
  std::string text = "heapscope: refcount audit failed: " + std::to_string(mismatches.size()) +
                     " object(s)\n";
  size_t shown = 0;
  for (const auto& m : mismatches) {
    if (++shown > 10) break;
    text += "  object #" + std::to_string(m.obj->id) + " " + objKindName(m.obj->kind) +
            ": refcount " + std::to_string(m.refcount) + ", referrers " +
            std::to_string(m.counted) + "\n";
  }
  host.write(2, text);
  return false;
}

}  // namespace

std::string displayFileName(std::string_view path) {
  auto slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

SessionOptions sessionOptionsFor(const CliArgs& args) {
  SessionOptions options;
  options.fileName = displayFileName(args.progPath);
  options.args = args.progArgs;
  options.seed = args.seed;
  options.maxSteps = args.maxSteps;
  options.cycleCollector = !args.refcountOnly;
  options.maxHeapBytes = args.maxHeap;
  return options;
}

int runCliProgram(const CliArgs& args, std::string_view source, Host& host, FileWriter* files) {
  Session session(host, sessionOptionsFor(args));
  if (!session.compile(source)) return session.exitCode() != 0 ? session.exitCode() : 1;
  if (args.compileOnly) return 0;
  if (args.dumpBytecode) {  // the prelude's functions are left out: they are ours, not the user's
    std::string text;
    for (const auto& fn : session.vm()->program().funcs)
      if (fn->inMainPackage()) text += disassemble(*fn) + "\n";
    host.write(1, text);
    return 0;
  }
  if (args.leaks && session.vm()) session.vm()->setReportLeaksAtExit(true);
  if (args.schedTrace && session.vm()) session.vm()->setTraceScheduling(true);
  CliHeapWatch heapWatch(args, session, host, files);
  if (!heapWatch.start()) return 2;
  // Runs in slices that end where a snapshot or growth sample is due, so
  // those are taken between two instructions.
  while (!session.finished()) {
    RunStatus status = session.run(heapWatch.budget(uint64_t(1) << 20));
    if (status == RunStatus::NotStarted) break;
    heapWatch.between(status);
  }
  // --leaks: the goroutines blocked when main returned, then growing heap
  // sites (stderr, after the program's own output; the exit code is the
  // program's)
  if (args.leaks && session.vm()) host.write(2, session.vm()->leakReportAtExit());
  heapWatch.finish();
  // --sched-trace: which goroutine ran from which step on; a replay with the
  // same --seed prints the same lines (docs/CONCURRENCY.md)
  if (args.schedTrace && session.vm())
    host.write(2, "heapscope: scheduling trace (seed " + std::to_string(args.seed) + "):\n" +
                      session.vm()->schedulingTrace());
  bool auditOk = !args.audit || reportAudit(session, host);
  int code = session.exitCode();
  // what `go run` reports: the status the OS keeps (os.Exit(-1) exits 255)
  if ((code & 0xff) != 0) host.write(2, "exit status " + std::to_string(code & 0xff) + "\n");
  if (code == 0 && !heapWatch.ok()) return 1;
  return code == 0 && !auditOk ? 3 : code;
}

}  // namespace heapscope
