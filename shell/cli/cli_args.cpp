// Parser for the `heapscope` command line (see cli_args.h). Flags follow Go's
// flag package conventions: `-flag`, `--flag`, `--flag=value` and
// `--flag value` are all accepted; flags stop at the program file, whose
// following words become os.Args[1:].
#include "cli_args.h"

#include <charconv>

namespace heapscope {

const char* cliUsage() {
  return "usage: heapscope run [--audit] [--max-steps N] [--seed N] "
         "[--gc=auto|refcount-only] [--compile-only] [--leaks] prog.go [args...]";
}

namespace {

bool parseUint(const std::string& text, uint64_t& out) {
  if (text.empty()) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
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
    } else if (name == "audit" || name == "compile-only" || name == "leaks") {
      if (hasValue && value != "true" && value != "false") {
        error = "invalid boolean value \"" + value + "\" for -" + name;
        return false;
      }
      bool on = !hasValue || value == "true";
      if (name == "audit") out.audit = on;
      else if (name == "leaks") out.leaks = on;
      else out.compileOnly = on;
    } else if (name == "max-steps" || name == "seed") {
      if (!takeValue()) return false;
      uint64_t n = 0;
      if (!parseUint(value, n)) {
        error = "invalid value \"" + value + "\" for flag -" + name;
        return false;
      }
      (name == "seed" ? out.seed : out.maxSteps) = n;
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
  if (i >= argv.size()) {
    error = "no .go file given";
    return false;
  }
  out.progPath = argv[i];
  out.progArgs.assign(argv.begin() + static_cast<long>(i) + 1, argv.end());
  return true;
}

}  // namespace heapscope
