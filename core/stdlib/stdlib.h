// heapscope's standard library: per-package Go preludes (checked and
// compiled like user code) and the C++ natives bound to their body-less
// declarations by qualified name.
//
// Supported import paths: fmt, strings, strconv, errors, sort, math,
// unicode, unicode/utf8, bytes, os, io, slices, maps, cmp. The concurrency
// packages (sync, time, context, runtime) are registered elsewhere.
#pragma once
#include <string>
#include <vector>

namespace heapscope {

class NativeRegistry;

// The Go source of package `importPath`'s prelude, or nullptr when the
// package is not supported. The text lives for the whole process.
const std::string* stdlibPrelude(const std::string& importPath);

// All supported import paths (for diagnostics and tests).
std::vector<std::string> stdlibPackages();

// Binds every native of every supported package.
void registerStdlib(NativeRegistry& registry);

}  // namespace heapscope
