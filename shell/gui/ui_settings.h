// Settings the user changes in the GUI and expects back next time: theme and
// presenter zoom. Desktop: a key=value file in $XDG_CONFIG_HOME/heapscope/
// (else ~/.config/heapscope/); web: localStorage "heapscope.settings.v1".
// Command-line flags (--theme, --zoom) win over the saved values and are
// not saved themselves; only changes made in the GUI are.
#pragma once
#include <optional>
#include <string>

namespace heapscope {

struct UiSettings {
  std::optional<std::string> theme;  // "dark" / "light"
  std::optional<float> zoom;         // 1, 1.25, 1.5, 2
};

UiSettings loadUiSettings();
// Saves the current theme and presenter zoom (theme.h).
void saveUiSettings();

}  // namespace heapscope
