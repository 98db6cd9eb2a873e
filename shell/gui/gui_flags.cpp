// Parser for heapscope_gui's flags (see gui_flags.h).
#include "gui_flags.h"

#include <charconv>
#include <cstdlib>

namespace heapscope {

const char* guiUsage() {
  return "usage: heapscope_gui [--example NAME | prog.go] [--run-steps N] [--steps-per-frame N] "
         "[--size WxH] [--select QUERY] [--why-alive] [--theme dark|light] [--zoom 100|125|150|200] [--tab console|summary|leaks|timeline|freed] [--break-at LINE] [--find TEXT] [--open PATH] [--save PATH] [--drop PATH] "
         "[--seed N] [--then into|over|out|continue|restart|back|gc|seek:STEP,...] [--screenshot out.png] [--dump-state state.json] [--exit]";
}

namespace {
bool toUint(const std::string& s, uint64_t& v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return !s.empty() && ec == std::errc() && p == s.data() + s.size();
}
}  // namespace

bool parseGuiFlags(const std::vector<std::string>& argv, GuiFlags& out, std::string& error) {
  out = GuiFlags{};
  for (size_t i = 0; i < argv.size(); ++i) {
    std::string a = argv[i], value;
    bool inlineValue = false;
    if (a.rfind("--", 0) == 0) {
      if (auto eq = a.find('='); eq != std::string::npos) {
        value = a.substr(eq + 1);
        a = a.substr(0, eq);
        inlineValue = true;
      }
    }
    auto need = [&]() -> bool {
      if (inlineValue) return true;
      if (i + 1 >= argv.size()) {
        error = "flag needs an argument: " + a;
        return false;
      }
      value = argv[++i];
      return true;
    };
    if (a == "--example") {
      if (!need()) return false;
      out.example = value;
    } else if (a == "--run-steps" || a == "--steps-per-frame") {
      if (!need()) return false;
      uint64_t n = 0;
      if (!toUint(value, n) || n == 0) {
        error = "invalid value \"" + value + "\" for " + a;
        return false;
      }
      if (a == "--run-steps") {
        out.runSteps = n;
        out.autoRun = true;
      } else {
        out.stepsPerFrame = n;
      }
    } else if (a == "--size") {
      if (!need()) return false;
      auto x = value.find('x');
      uint64_t w = 0, h = 0;
      if (x == std::string::npos || !toUint(value.substr(0, x), w) ||
          !toUint(value.substr(x + 1), h) || w < 200 || h < 150 || w > 8192 || h > 8192) {
        error = "invalid value \"" + value + "\" for --size (want WxH)";
        return false;
      }
      out.width = static_cast<int>(w);
      out.height = static_cast<int>(h);
    } else if (a == "--screenshot") {
      if (!need()) return false;
      out.screenshot = value;
    } else if (a == "--dump-state") {
      if (!need()) return false;
      out.dumpState = value;
    } else if (a == "--select") {
      if (!need()) return false;
      out.select = value;
    } else if (a == "--why-alive") {
      out.whyAlive = true;
    } else if (a == "--theme") {
      if (!need()) return false;
      if (value != "dark" && value != "light") {
        error = "invalid value \"" + value + "\" for --theme (want dark or light)";
        return false;
      }
      out.theme = value;
    } else if (a == "--zoom") {
      if (!need()) return false;
      if (value != "100" && value != "125" && value != "150" && value != "200") {
        error = "invalid value \"" + value + "\" for --zoom (want 100, 125, 150 or 200)";
        return false;
      }
      out.zoomPercent = std::stoi(value);
    } else if (a == "--break-at") {
      if (!need()) return false;
      uint64_t line = 0;
      if (!toUint(value, line) || line == 0 || line > 1000000) {
        error = "invalid value \"" + value + "\" for --break-at (want a line number)";
        return false;
      }
      out.breakLines.push_back(static_cast<int>(line));
    } else if (a == "--tab") {
      if (!need()) return false;
      if (value != "console" && value != "summary" && value != "leaks" && value != "timeline" && value != "freed") {
        error = "invalid value \"" + value + "\" for --tab (want console, summary, leaks, timeline or freed)";
        return false;
      }
      out.tab = value;
    } else if (a == "--find") {
      if (!need()) return false;
      out.find = value;
    } else if (a == "--then") {
      if (!need()) return false;
      for (size_t start = 0; start <= value.size();) {
        size_t end = value.find(',', start);
        if (end == std::string::npos) end = value.size();
        std::string action = value.substr(start, end - start);
        if (action != "into" && action != "over" && action != "out" && action != "continue" && action != "restart" &&
            action != "back" && action != "gc" && action.rfind("seek:", 0) != 0) {
          error = "invalid value \"" + action + "\" for --then (want into, over, out, continue, restart, back, gc or seek:STEP)";
          return false;
        }
        out.thenActions.push_back(action);
        start = end + 1;
      }
    } else if (a == "--seed") {
      if (!need()) return false;
      char* end = nullptr;
      out.seed = std::strtoull(value.c_str(), &end, 10);
      if (value.empty() || *end) {
        error = "invalid value \"" + value + "\" for --seed (want a number)";
        return false;
      }
    } else if (a == "--open") {
      if (!need()) return false;
      out.openPath = value;
    } else if (a == "--drop") {
      if (!need()) return false;
      out.dropPath = value;
    } else if (a == "--save") {
      if (!need()) return false;
      out.savePath = value;
    } else if (a == "--exit") {
      out.exitAfter = true;
    } else if (a == "-h" || a == "--help") {
      error.clear();
      return false;
    } else if (!a.empty() && a[0] != '-') {
      out.file = a;
    } else {
      error = "unknown flag: " + a;
      return false;
    }
  }
  return true;
}

}  // namespace heapscope
