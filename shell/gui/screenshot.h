// Desktop-only: saves the current GL back buffer as a PNG (for tests and
// docs). Call after rendering a frame and before swapping buffers.
#pragma once
#include <string>

namespace heapscope {
bool saveScreenshotPng(const std::string& path, int width, int height);
}
