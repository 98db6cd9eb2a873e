#include "version.h"

#ifndef HEAPSCOPE_VERSION_STRING
#define HEAPSCOPE_VERSION_STRING "heapscope (unknown version)"
#endif

namespace heapscope {
const char* guiVersion() { return HEAPSCOPE_VERSION_STRING; }
}  // namespace heapscope
