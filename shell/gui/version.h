// The version string shown in the toolbar, the window title and the dumped
// state: "heapscope 0.1.0 (git 92cbee8)" (set by shell/gui/CMakeLists.txt).
#pragma once

namespace heapscope {
const char* guiVersion();
}
