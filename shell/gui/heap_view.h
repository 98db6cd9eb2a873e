// View-model and actions shared by the heap panels (goroutines, graph,
// inspector, summary, leak report). The panels read a frozen HeapModel (a
// snapshot and its analyses), never the Session; what the user does comes
// back as HeapActions, which App applies after drawing.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "heap_model.h"

namespace heapscope {

struct HeapView {
  const HeapModel* model = nullptr;   // never null; model->snap may be
  NodeIndex selected = kNoNode;       // selected object, if any
  bool whyAlive = false;              // the retainer path below is shown
  const RetainerPath* path = nullptr; // valid when whyAlive (path->found may be false)
  bool live = false;                  // the program is still running or paused (not finished)
};

struct HeapActions {
  bool select = false;
  uint64_t selectId = 0;   // 0 = clear the selection
  bool whyAlive = false;   // compute and show the retainer path of the selection
  bool hidePath = false;
  int gotoLine = 0;        // show this source line in the editor
  bool relayout = false;   // forget graph positions
  bool capture = false;    // take a fresh snapshot now
  std::string selectQuery; // select by type/site (HeapModel::findByQuery)

  void selectObject(uint64_t id) {
    select = true;
    selectId = id;
  }
};

struct GoroutinesPanelState {
  uint64_t seenVersion = 0;
  const void* seenSnapshot = nullptr;  // with seenVersion: a new program restarts versions at 0
  int filter = 0;  // 0 all, 1 blocked, 2 not blocked
  std::vector<std::vector<uint32_t>> groups;  // goroutine indices with identical stacks, built per capture
};

struct GraphPanelState {
  float panX = 20, panY = 20;  // screen offset of world (0,0) inside the canvas
  float zoom = 1.0f;
  bool focusSelection = false; // bring the selection into view at the next draw
  bool fitPending = true;      // fit the whole graph at the next draw (new run)
  bool userMoved = false;      // panned/zoomed by hand: stop refitting on new captures
  uint64_t seenVersion = 0;    // GraphLayout::builtVersion at the last draw
  int dragging = -1;           // graph node being dragged
  bool panning = false;
};

struct InspectorPanelState {
  // Incoming references of the shown object, found by one scan of the edges
  // when the selection or the capture changes (not every frame).
  uint64_t cacheVersion = 0, cacheId = 0;
  std::vector<std::pair<NodeIndex, uint32_t>> referrers;  // (from node, edge index)
  std::vector<uint32_t> rootReferrers;                    // indices into Snapshot::roots
};

enum class AnalysisTab : uint8_t { None, Console, Summary, Leaks, Timeline };
// "console", "summary", "leaks", "timeline"; None if unknown.
AnalysisTab analysisTabFromName(const std::string& name);
const char* analysisTabName(AnalysisTab tab);

struct AnalysisPanelState {
  AnalysisTab requestTab = AnalysisTab::None;  // switch to this tab at the next draw
  int summaryMode = 0;  // 0 by type, 1 by site, 2 freed since the previous pause
  // Row order of the summary table, re-sorted only when the data or the
  // sort column changes.
  std::vector<uint32_t> order;
  uint64_t orderVersion = 0;
  int orderMode = -1, sortColumn = 3;
  bool ascending = false;
};

}  // namespace heapscope
