// CLI run logic shared by the native and wasm hosts. Owns the mapping from
// command-line flags to SessionOptions.
//
// --audit is plumbed only when SessionOptions gains an `audit` field: the
// `requires` check below picks it up without an edit here, and until then the
// flag is accepted and ignored.
#include "cli_run.h"

#include "vm/vm.h"

namespace heapscope {

namespace {

template <typename Options>
void setAudit(Options& options, bool audit) {
  if constexpr (requires { options.audit = true; }) options.audit = audit;
  else (void)audit;
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
  setAudit(options, args.audit);
  return options;
}

int runCliProgram(const CliArgs& args, std::string_view source, Host& host) {
  Session session(host, sessionOptionsFor(args));
  if (!session.compile(source)) return session.exitCode() != 0 ? session.exitCode() : 1;
  if (args.compileOnly) return 0;
  if (args.leaks && session.vm()) session.vm()->setReportLeaksAtExit(true);
  session.runToEnd();
  // --leaks: the goroutines blocked when main returned (stderr, after the
  // program's own output; the exit code is the program's)
  if (args.leaks && session.vm()) host.write(2, session.vm()->leakReportAtExit());
  return session.exitCode();
}

}  // namespace heapscope
