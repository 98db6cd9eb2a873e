// The UI state as JSON: what `--dump-state` writes on the desktop and what
// `window.heapscope.state()` returns on the web, so both tests read one shape:
//   {"frame":N,"status":"finished","steps":N,"exitCode":0,"line":0,
//    "file":"hello.go","console":"...","stdout":"...","stderr":"..."}
#pragma once
#include <string>
#include <string_view>

namespace heapscope {

class App;
std::string appStateJson(const App& app);
std::string jsonQuote(std::string_view text);  // with the quotes; UTF-8 passed through

}  // namespace heapscope
