// Console tab: the program's stdout (default colour) and stderr (red), in
// order. Follows new output while scrolled to the bottom.
#include <imgui.h>

#include "../theme.h"
#include "panels.h"

namespace heapscope {

void drawConsoleTab(const ConsoleView& view, ConsolePanelState& state) {
  ImGui::BeginChild("##console", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  if (view.totalWritten == 0) ImGui::TextDisabled("(the program's output appears here)");
  if (view.chunks) {
    for (const ConsoleChunk& chunk : *view.chunks) {
      if (chunk.fd == 2) ImGui::PushStyleColor(ImGuiCol_Text, palette().stderrText);
      std::string_view text = chunk.text();
      ImGui::TextUnformatted(text.data(), text.data() + text.size());
      if (chunk.fd == 2) ImGui::PopStyleColor();
    }
  }
  if (view.totalWritten != state.seenWritten) {
    if (state.autoScroll) ImGui::SetScrollHereY(1.0f);
    state.seenWritten = view.totalWritten;
  }
  state.autoScroll = ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f;
  ImGui::EndChild();
}

}  // namespace heapscope
