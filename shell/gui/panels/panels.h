// Panel functions: each draws one ImGui window from its view-model and
// reports user actions; none reaches into the VM (see view_model.h).
#pragma once
#include <string>

#include "view_model.h"

namespace heapscope {

struct PanelRect {
  float x, y, w, h;
};

void drawToolbarPanel(const ToolbarView& view, ToolbarActions& actions, const PanelRect& rect);
void drawConsolePanel(const ConsoleView& view, ConsolePanelState& state, const PanelRect& rect);
// The editor edits `source` in place (it is the panel's document).
void drawEditorPanel(const EditorView& view, std::string& source, EditorPanelState& state,
                     const PanelRect& rect);

}  // namespace heapscope
