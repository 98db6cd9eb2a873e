// Parser for the `heapscope` command line (see cli_args.h). Flags follow Go's
// flag package conventions: `-flag`, `--flag`, `--flag=value` and
// `--flag value` are all accepted; flags stop at the program file, whose
// following words become os.Args[1:].
#include "cli_args.h"

#include <charconv>

namespace heapscope {

const char* cliUsage() {
  return "usage: heapscope run [--audit] [--max-steps N] [--seed N] "
         "[--gc=auto|refcount-only] [--compile-only] [--dump-bytecode] [--leaks] [--sched-trace] [--max-heap BYTES] "
         "[--snapshot FILE.{json,dot,heapsnapshot}] [--snapshot-at prog.go:LINE | --snapshot-every N] "
         "prog.go [args...]";
}

namespace {

bool parseUint(const std::string& text, uint64_t& out) {
  if (text.empty()) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

bool endsWith(const std::string& s, const char* suffix) {
  std::string_view x(suffix);
  return s.size() > x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

// The snapshot export format is chosen by the file's extension.
bool isSnapshotFileName(const std::string& path) {
  return endsWith(path, ".json") || endsWith(path, ".dot") || endsWith(path, ".heapsnapshot");
}

// "prog.go:12" or "12" -> file ("" for the bare line) and line (> 0).
bool parseFileLine(const std::string& text, std::string& file, int& line) {
  auto colon = text.rfind(':');
  std::string digits = colon == std::string::npos ? text : text.substr(colon + 1);
  uint64_t n = 0;
  if (!parseUint(digits, n) || n == 0 || n > 1000000000) return false;
  file = colon == std::string::npos ? "" : text.substr(0, colon);
  line = static_cast<int>(n);
  return colon == std::string::npos || !file.empty();
}

}  // namespace

bool parseCliArgs(const std::vector<std::string>& argv, CliArgs& out, std::string& error) {
  out = CliArgs{};
  if (argv.empty()) {
    error = "missing command";
    return false;
  }
  const std::string& cmd = argv[0];
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    out.help = true;
    return true;
  }
  if (cmd != "run") {
    error = "unknown command \"" + cmd + "\"";
    return false;
  }
  size_t i = 1;
  for (; i < argv.size(); ++i) {
    std::string a = argv[i];
    if (a == "--") {
      ++i;
      break;
    }
    if (a.size() < 2 || a[0] != '-') break;  // the program file
    std::string name = a.substr(a[1] == '-' ? 2 : 1), value;
    bool hasValue = false;
    if (auto eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      hasValue = true;
    }
    auto takeValue = [&]() -> bool {
      if (hasValue) return true;
      if (i + 1 >= argv.size()) {
        error = "flag needs an argument: -" + name;
        return false;
      }
      value = argv[++i];
      return true;
    };
    if (name == "h" || name == "help") {
      out.help = true;
      return true;
    } else if (name == "audit" || name == "compile-only" || name == "leaks" || name == "sched-trace" ||
               name == "dump-bytecode") {
      if (hasValue && value != "true" && value != "false") {
        error = "invalid boolean value \"" + value + "\" for -" + name;
        return false;
      }
      bool on = !hasValue || value == "true";
      if (name == "audit") out.audit = on;
      else if (name == "leaks") out.leaks = on;
      else if (name == "sched-trace") out.schedTrace = on;
      else if (name == "dump-bytecode") out.dumpBytecode = on;
      else out.compileOnly = on;
    } else if (name == "max-steps" || name == "seed" || name == "max-heap" || name == "snapshot-every") {
      if (!takeValue()) return false;
      uint64_t n = 0;
      if (!parseUint(value, n) || (n == 0 && (name == "max-heap" || name == "snapshot-every"))) {
        error = "invalid value \"" + value + "\" for flag -" + name;
        return false;
      }
      if (name == "seed") out.seed = n;
      else if (name == "max-steps") out.maxSteps = n;
      else if (name == "max-heap") out.maxHeap = n;
      else out.snapshotEvery = n;
    } else if (name == "snapshot") {
      if (!takeValue()) return false;
      if (!isSnapshotFileName(value)) {
        error = "invalid value \"" + value + "\" for flag -snapshot (want a .json, .dot or .heapsnapshot file)";
        return false;
      }
      out.snapshotFiles.push_back(value);
    } else if (name == "snapshot-at") {
      if (!takeValue()) return false;
      if (!parseFileLine(value, out.snapshotAtFile, out.snapshotAtLine)) {
        error = "invalid value \"" + value + "\" for flag -snapshot-at (want prog.go:LINE)";
        return false;
      }
    } else if (name == "gc") {
      if (!takeValue()) return false;
      if (value == "auto") {
        out.refcountOnly = false;
      } else if (value == "refcount-only") {
        out.refcountOnly = true;
      } else {
        error = "invalid value \"" + value + "\" for flag -gc (want auto or refcount-only)";
        return false;
      }
    } else {
      error = "flag provided but not defined: -" + name;
      return false;
    }
  }
  if (out.snapshotAtLine && out.snapshotEvery) {
    error = "flags -snapshot-at and -snapshot-every are mutually exclusive";
    return false;
  }
  if (out.snapshotAtLine && out.snapshotFiles.empty()) {
    error = "flag -snapshot-at needs -snapshot FILE";
    return false;
  }
  if (out.snapshotEvery && out.snapshotFiles.empty() && !out.leaks) {
    error = "flag -snapshot-every needs -snapshot FILE or -leaks";
    return false;
  }
  if (i >= argv.size()) {
    error = "no .go file given";
    return false;
  }
  out.progPath = argv[i];
  out.progArgs.assign(argv.begin() + static_cast<long>(i) + 1, argv.end());
  return true;
}

}  // namespace heapscope
