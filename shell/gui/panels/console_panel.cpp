// Console: the program's stdout (default colour) and stderr (red), in order.
// Follows new output while scrolled to the bottom.
#include <imgui.h>

#include "panels.h"

namespace heapscope {

void drawConsolePanel(const ConsoleView& view, ConsolePanelState& state, const PanelRect& rect) {
  ImGui::SetNextWindowPos({rect.x, rect.y});
  ImGui::SetNextWindowSize({rect.w, rect.h});
  ImGui::Begin("Console", nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_HorizontalScrollbar);
  if (view.chunks) {
    for (const ConsoleChunk& chunk : *view.chunks) {
      if (chunk.fd == 2) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 110, 100, 255));
      ImGui::TextUnformatted(chunk.text.data(), chunk.text.data() + chunk.text.size());
      if (chunk.fd == 2) ImGui::PopStyleColor();
    }
  }
  if (view.totalWritten != state.seenWritten) {
    if (state.autoScroll) ImGui::SetScrollHereY(1.0f);
    state.seenWritten = view.totalWritten;
  }
  state.autoScroll = ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f;
  ImGui::End();
}

}  // namespace heapscope
