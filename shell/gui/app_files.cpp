// App's desktop file commands: open / save the editor text by path. The web
// build has no file system (-sNO_FILESYSTEM); there the page uploads and
// downloads files instead (web/heapscope.js), so these only report that.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "app.h"

namespace heapscope {

namespace {
std::string baseName(const std::string& path) {
  auto slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}
}  // namespace

bool App::openFile(const std::string& path) {
#ifdef __EMSCRIPTEN__
  fileMessage_ = "no file system in the browser: use Upload .go";
  return false;
#else
  // Read everything first: the editor text is replaced only on success.
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in || in.bad()) {
    fileMessage_ = "cannot open " + path;
    return false;
  }
  setSource(text.str(), baseName(path));
  filePath_ = path;
  fileMessage_ = "opened " + path;
  return true;
#endif
}

bool App::saveFile(const std::string& path) {
#ifdef __EMSCRIPTEN__
  fileMessage_ = "no file system in the browser: use Download .go";
  return false;
#else
  // Write a sibling file and rename it over the target, so a failed write
  // (disk full) never leaves a half-written program behind.
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << source_;
    out.close();
    if (!out) {
      std::remove(temp.c_str());
      fileMessage_ = "cannot write " + path;
      return false;
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::remove(temp.c_str());
    fileMessage_ = "cannot write " + path;
    return false;
  }
  filePath_ = path;
  fileName_ = baseName(path);  // "save as": the editor now shows that file
  fileMessage_ = "saved " + path;
  return true;
#endif
}

}  // namespace heapscope
