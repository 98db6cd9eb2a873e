// Panel functions: each draws one ImGui window from its view-model and
// reports user actions; none reaches into the VM (see view_model.h and
// heap_view.h).
#pragma once
#include <imgui.h>

#include <string>

#include "../graph_layout.h"
#include "../heap_view.h"
#include "../view_model.h"

namespace heapscope {

struct PanelRect {
  float x, y, w, h;
};

// Panels are laid out by App (fixed tiling), not by the user.
inline constexpr ImGuiWindowFlags kFixedPanel = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                                ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;

// Returns the height its items needed (they wrap in a narrow window or at
// presenter zoom): App sizes the toolbar with it from the next frame on.
float drawToolbarPanel(const ToolbarView& view, ToolbarActions& actions, const PanelRect& rect);
// The editor edits `source` in place (it is the panel's document).
void drawEditorPanel(const EditorView& view, std::string& source, EditorPanelState& state,
                     const PanelRect& rect);

void drawGoroutinesPanel(const HeapView& view, GoroutinesPanelState& state, HeapActions& actions,
                         const PanelRect& rect);
// The layout is the graph's document: dragging a node moves (pins) it.
void drawHeapGraphPanel(const HeapView& view, GraphLayout& layout, GraphPanelState& state,
                        HeapActions& actions, const PanelRect& rect);
void drawInspectorPanel(const HeapView& view, InspectorPanelState& state, HeapActions& actions,
                        const PanelRect& rect);
// One window, four tabs: the program's output (console_panel.cpp), summary
// tables (summary_tab.cpp), the leak report (leak_tab.cpp) and the
// timeline (timeline_tab.cpp).
void drawAnalysisPanel(const HeapView& view, const ConsoleView& console, ConsolePanelState& consoleState,
                       AnalysisPanelState& state, HeapActions& actions, const PanelRect& rect);
void drawConsoleTab(const ConsoleView& view, ConsolePanelState& state);
void drawTimelineTab(const HeapView& view);
void drawSummaryTab(const HeapView& view, AnalysisPanelState& state, HeapActions& actions);
void drawLeakTab(const HeapView& view, HeapActions& actions);

}  // namespace heapscope
