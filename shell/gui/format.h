// Small text formatters shared by the panels and the state dump.
#pragma once
#include <cstdint>
#include <string>

namespace heapscope {

std::string formatBytes(uint64_t bytes);   // "812 B", "4.0 KiB", "1.0 MiB"
std::string formatCount(uint64_t count);   // "100 000" (thin groups, readable at a glance)

}  // namespace heapscope
