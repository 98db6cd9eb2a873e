// Lookup over the generated asset tables (see embedded.h).
#include "embedded.h"

#include <string>

namespace heapscope {

const EmbeddedFile* findExample(std::string_view name) {
  std::string want(name);
  if (want.size() < 3 || want.compare(want.size() - 3, 3, ".go") != 0) want += ".go";
  for (size_t i = 0; i < assets::kExamplesCount; ++i) {
    if (want == assets::kExamples[i].name) return &assets::kExamples[i];
  }
  return nullptr;
}

}  // namespace heapscope
