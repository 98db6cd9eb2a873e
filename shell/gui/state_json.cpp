// JSON rendering of the App state (see state_json.h).
#include "state_json.h"

#include <cstdio>

#include "app.h"

namespace heapscope {

std::string jsonQuote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

std::string appStateJson(const App& app) {
  std::string out = "{";
  out += "\"frame\":" + std::to_string(app.frames());
  out += ",\"status\":" + jsonQuote(appStatusName(app.status()));
  out += ",\"steps\":" + std::to_string(app.steps());
  out += ",\"exitCode\":" + std::to_string(app.exitCode());
  out += ",\"line\":" + std::to_string(app.currentLine());
  out += ",\"file\":" + jsonQuote(app.fileName());
  out += ",\"console\":" + jsonQuote(app.console().text());
  out += ",\"stdout\":" + jsonQuote(app.console().text(1));
  out += ",\"stderr\":" + jsonQuote(app.console().text(2));
  out += "}";
  return out;
}

}  // namespace heapscope
