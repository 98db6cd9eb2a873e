// Members of Go 1.22's standard library that heapscope's preludes do not
// provide (yet). The checker reports a use of one as "not supported yet:
// fmt.Sscanf" instead of Go's "undefined", so pasted programs fail with an
// honest message. Names Go itself lacks stay "undefined".
#include <map>
#include <set>
#include <string>

#include "types/checker_impl.h"

namespace heapscope {

bool isUnprovidedStdMember(const std::string& path, const std::string& name) {
  static const std::map<std::string, std::set<std::string>> missing = {
      {"fmt", {"Scan", "Scanf", "Scanln", "Sscan", "Sscanf", "Sscanln", "Fscan", "Fscanf", "Fscanln", "Formatter",
               "State", "Scanner", "ScanState", "FormatString"}},
      {"strings", {"ToValidUTF8", "ToUpperSpecial", "ToLowerSpecial", "ToTitleSpecial"}},
      {"strconv", {"ParseComplex", "FormatComplex", "QuotedPrefix", "UnquoteChar", "AppendQuoteToASCII",
                   "AppendQuoteRuneToASCII", "AppendQuoteToGraphic", "AppendQuoteRuneToGraphic"}},
      {"time", {"ParseInLocation", "LoadLocation", "LoadLocationFromTZData"}},
      {"os", {"Open", "OpenFile", "Create", "ReadFile", "WriteFile", "Remove", "RemoveAll", "Mkdir", "MkdirAll",
              "MkdirTemp", "CreateTemp", "ReadDir", "Stat", "Lstat", "Getwd", "Chdir", "Hostname", "Environ",
              "Setenv", "Unsetenv", "Getpid", "Executable", "Rename", "TempDir", "UserHomeDir", "ErrNotExist",
              "ErrExist", "ErrPermission", "ErrClosed", "ErrInvalid", "ErrDeadlineExceeded", "IsNotExist",
              "IsExist", "IsPermission", "DirFS", "FileInfo", "FileMode"}},
      {"io", {"ReadAll", "Copy", "CopyN", "ReadFull", "MultiWriter", "MultiReader", "Pipe", "NopCloser",
              "TeeReader", "LimitReader", "SectionReader", "NewSectionReader", "ReadAtLeast"}},
      {"unicode", {"Is", "In", "IsOneOf", "SimpleFold", "Letter", "Digit", "Number", "Upper", "Lower", "Title",
                   "Space", "Punct", "Han", "Latin", "Greek", "Cyrillic", "RangeTable"}},
      {"bytes", {"NewReader", "Reader", "ContainsFunc", "IndexFunc", "LastIndexFunc", "TrimLeftFunc",
                 "TrimRightFunc", "CutPrefix", "CutSuffix", "ToValidUTF8", "SplitAfterN"}},
      {"math", {"FMA", "J0", "J1", "Jn", "Y0", "Y1", "Yn", "Lgamma", "Nextafter32", "Erfinv", "Erfcinv"}},
      {"runtime", {"Goexit", "Caller", "Callers", "CallersFrames", "FuncForPC", "SetFinalizer", "LockOSThread",
                   "UnlockOSThread", "Breakpoint", "StartTrace", "StopTrace"}},
  };
  auto it = missing.find(path);
  return it != missing.end() && it->second.count(name) > 0;
}

}  // namespace heapscope
