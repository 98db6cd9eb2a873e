// Saved GUI settings (see ui_settings.h).
#include "ui_settings.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "theme.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#else
#include <sys/stat.h>
#endif

namespace heapscope {

namespace {

// "theme=light\nzoom=1.5\n" (both targets store this text).
UiSettings parse(const std::string& text) {
  UiSettings out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    std::string key = line.substr(0, eq), value = line.substr(eq + 1);
    if (key == "theme" && (value == "dark" || value == "light")) out.theme = value;
    if (key == "zoom") {
      char* end = nullptr;
      float z = std::strtof(value.c_str(), &end);
      if (end != value.c_str() && z >= 0.5f && z <= 4.0f) out.zoom = z;
    }
  }
  return out;
}

std::string render() {
  char zoom[32];
  std::snprintf(zoom, sizeof zoom, "%.2f", static_cast<double>(presenterZoom()));
  return std::string("theme=") + themeName(currentTheme()) + "\nzoom=" + zoom + "\n";
}

#ifndef __EMSCRIPTEN__
std::string settingsDir() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  if (xdg && *xdg) return std::string(xdg) + "/heapscope";
  const char* home = std::getenv("HOME");
  return home && *home ? std::string(home) + "/.config/heapscope" : std::string();
}
#endif

}  // namespace

UiSettings loadUiSettings() {
#ifdef __EMSCRIPTEN__
  char text[256] = {0};
  EM_ASM({
    let v = null;
    try { v = localStorage.getItem('heapscope.settings.v1'); } catch (e) {}
    if (v !== null) stringToUTF8(v, $0, $1);
  }, text, static_cast<int>(sizeof text));
  return parse(text);
#else
  std::string dir = settingsDir();
  if (dir.empty()) return {};
  std::ifstream in(dir + "/settings");
  std::stringstream text;
  text << in.rdbuf();
  return parse(text.str());
#endif
}

void saveUiSettings() {
  const std::string text = render();
#ifdef __EMSCRIPTEN__
  EM_ASM({ try { localStorage.setItem('heapscope.settings.v1', UTF8ToString($0)); } catch (e) {} }, text.c_str());
#else
  std::string dir = settingsDir();
  if (dir.empty()) return;
  // ~/.config may not exist yet: make it and our folder (errors show as a failed open).
  auto slash = dir.rfind('/');
  if (slash != std::string::npos && slash > 0) mkdir(dir.substr(0, slash).c_str(), 0755);
  mkdir(dir.c_str(), 0755);
  std::ofstream out(dir + "/settings", std::ios::trunc);
  out << text;
#endif
}

}  // namespace heapscope
