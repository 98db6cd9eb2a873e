// The package table: import path -> prelude text, and the registration of
// every package's natives (one register function per *_natives.cpp).
#include "stdlib/stdlib.h"

#include <map>

#include "vm/native.h"

namespace heapscope {

namespace stdlib {
extern const std::string kFmtPrelude, kIoPrelude, kOsPrelude, kErrorsPrelude, kStringsPrelude,
    kStrconvPrelude, kMathPrelude, kUnicodePrelude, kUtf8Prelude, kSortPrelude, kCmpPrelude,
    kSlicesPrelude, kMapsPrelude, kBytesPrelude, kIterPrelude;
void registerFmtNatives(NativeRegistry& r);
void registerOsNatives(NativeRegistry& r);
void registerErrorsNatives(NativeRegistry& r);
void registerStringsNatives(NativeRegistry& r);
void registerStrconvNatives(NativeRegistry& r);
void registerMathNatives(NativeRegistry& r);  // also unicode and unicode/utf8
void registerSortNatives(NativeRegistry& r);
// concurrency packages (sync, sync/atomic, time, context, runtime)
extern const std::string kSyncPrelude, kAtomicPrelude, kTimePrelude, kContextPrelude, kRuntimePrelude;
void registerSyncNatives(NativeRegistry& r);  // also sync/atomic
void registerTimeNatives(NativeRegistry& r);
void registerRuntimeNatives(NativeRegistry& r);
}  // namespace stdlib

namespace {

const std::map<std::string, const std::string*>& table() {
  // Function-local static: the prelude strings are initialised by then.
  static const std::map<std::string, const std::string*> t = {
      {"fmt", &stdlib::kFmtPrelude},         {"io", &stdlib::kIoPrelude},
      {"os", &stdlib::kOsPrelude},           {"errors", &stdlib::kErrorsPrelude},
      {"strings", &stdlib::kStringsPrelude}, {"strconv", &stdlib::kStrconvPrelude},
      {"math", &stdlib::kMathPrelude},       {"unicode", &stdlib::kUnicodePrelude},
      {"unicode/utf8", &stdlib::kUtf8Prelude}, {"sort", &stdlib::kSortPrelude},
      {"cmp", &stdlib::kCmpPrelude},         {"slices", &stdlib::kSlicesPrelude},
      {"maps", &stdlib::kMapsPrelude},       {"bytes", &stdlib::kBytesPrelude},
      {"sync", &stdlib::kSyncPrelude},       {"sync/atomic", &stdlib::kAtomicPrelude},
      {"time", &stdlib::kTimePrelude},       {"context", &stdlib::kContextPrelude},
      {"runtime", &stdlib::kRuntimePrelude}, {"iter", &stdlib::kIterPrelude},
  };
  return t;
}

}  // namespace

const std::string* stdlibPrelude(const std::string& importPath) {
  auto it = table().find(importPath);
  return it == table().end() ? nullptr : it->second;
}

std::vector<std::string> stdlibPackages() {
  std::vector<std::string> out;
  for (const auto& [path, text] : table()) out.push_back(path);
  return out;
}

void registerStdlib(NativeRegistry& r) {
  stdlib::registerFmtNatives(r);
  stdlib::registerOsNatives(r);
  stdlib::registerErrorsNatives(r);
  stdlib::registerStringsNatives(r);
  stdlib::registerStrconvNatives(r);
  stdlib::registerMathNatives(r);
  stdlib::registerSortNatives(r);
  stdlib::registerSyncNatives(r);
  stdlib::registerTimeNatives(r);
  stdlib::registerRuntimeNatives(r);
}

}  // namespace heapscope
