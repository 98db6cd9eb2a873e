// Timeline tab: heap bytes, live objects and goroutines at each capture
// (pause, step, end, and periodically while running), oldest on the left.
#include <imgui.h>

#include <algorithm>
#include <vector>

#include "../format.h"
#include "panels.h"

namespace heapscope {

namespace {

void plot(const char* label, const std::vector<float>& values, const std::string& last, float height) {
  float top = values.empty() ? 1.0f : *std::max_element(values.begin(), values.end());
  std::string overlay = std::string(label) + ": " + last;
  ImGui::PlotLines(("##" + std::string(label)).c_str(), values.data(), static_cast<int>(values.size()), 0,
                   overlay.c_str(), 0.0f, top * 1.1f + 1e-6f, ImVec2(ImGui::GetContentRegionAvail().x, height));
}

}  // namespace

void drawTimelineTab(const HeapView& view) {
  const auto& history = view.model->history;
  if (history.size() < 2) {
    ImGui::TextDisabled("The timeline fills as snapshots are taken (while running, on pause, on step).");
    return;
  }
  std::vector<float> bytes, objects, goroutines;
  for (const HeapModel::Sample& s : history) {
    bytes.push_back(static_cast<float>(s.bytes));
    objects.push_back(static_cast<float>(s.objects));
    goroutines.push_back(static_cast<float>(s.goroutines));
  }
  const HeapModel::Sample& last = history.back();
  ImGui::Text("%zu samples, steps %llu .. %llu", history.size(), static_cast<unsigned long long>(history.front().step),
              static_cast<unsigned long long>(last.step));
  float h = std::max(30.0f, (ImGui::GetContentRegionAvail().y - 3 * ImGui::GetStyle().ItemSpacing.y) / 3.0f);
  plot("heap", bytes, formatBytes(last.bytes), h);
  plot("objects", objects, formatCount(last.objects), h);
  plot("goroutines", goroutines, formatCount(last.goroutines), h);
}

}  // namespace heapscope
