// Files compiled into the GUI binary (both targets): the example programs of
// assets/examples/ and the monospace font. The arrays are generated at build
// time by shell/cmake/hs_embed_run.cmake; each ends with a 0 byte that `size`
// does not count, so text entries are also valid C strings.
#pragma once
#include <cstddef>
#include <string_view>

namespace heapscope {

struct EmbeddedFile {
  const char* name;            // file name, e.g. "hello.go"; nullptr ends a table
  const unsigned char* data;
  size_t size;
  std::string_view text() const { return {reinterpret_cast<const char*>(data), size}; }
};

namespace assets {
extern const EmbeddedFile kExamples[];  // sorted by name
extern const size_t kExamplesCount;
extern const EmbeddedFile kFonts[];
extern const size_t kFontsCount;
}  // namespace assets

// Finds an example by file name, with or without ".go"; nullptr if unknown.
const EmbeddedFile* findExample(std::string_view name);

}  // namespace heapscope
