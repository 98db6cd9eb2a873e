// Theme palettes and ImGui style (see theme.h).
#include "theme.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace heapscope {

namespace {

const Palette kDark = {
    IM_COL32(26, 28, 33, 255),    // background
    IM_COL32(22, 24, 28, 255),    // canvas
    IM_COL32(38, 41, 48, 255),    // gridLine
    IM_COL32(44, 62, 88, 255),    // nodeFill
    IM_COL32(98, 130, 170, 255),  // nodeBorder
    IM_COL32(235, 238, 245, 255), // nodeText
    IM_COL32(170, 180, 195, 255), // nodeSubtext
    IM_COL32(60, 60, 66, 255),    // rootFill
    IM_COL32(230, 210, 140, 255), // rootText
    IM_COL32(58, 52, 80, 255),    // groupFill
    IM_COL32(120, 130, 150, 200), // edge
    IM_COL32(160, 170, 185, 255), // edgeLabel
    IM_COL32(255, 255, 255, 255), // selected
    IM_COL32(255, 160, 40, 255),  // path
    IM_COL32(200, 70, 70, 255),   // unreachable
    IM_COL32(170, 100, 220, 255), // goroutineOwned
    IM_COL32(90, 200, 110, 255),  // fresh
    IM_COL32(230, 230, 235, 255), // badgeFill
    IM_COL32(20, 20, 25, 255),    // badgeText
    IM_COL32(240, 70, 60, 255),   // badgeMismatch
    IM_COL32(70, 90, 40, 255),    // currentLine
    IM_COL32(255, 110, 100, 255), // stderrText
    IM_COL32(110, 210, 120, 255), // good
    IM_COL32(255, 100, 90, 255),  // bad
};

const Palette kLight = {
    IM_COL32(236, 238, 242, 255), // background
    IM_COL32(250, 250, 252, 255), // canvas
    IM_COL32(228, 230, 236, 255), // gridLine
    IM_COL32(222, 234, 250, 255), // nodeFill
    IM_COL32(70, 110, 170, 255),  // nodeBorder
    IM_COL32(20, 24, 32, 255),    // nodeText
    IM_COL32(80, 88, 100, 255),   // nodeSubtext
    IM_COL32(250, 240, 205, 255), // rootFill
    IM_COL32(110, 80, 0, 255),    // rootText
    IM_COL32(232, 224, 246, 255), // groupFill
    IM_COL32(110, 120, 140, 220), // edge
    IM_COL32(70, 78, 92, 255),    // edgeLabel
    IM_COL32(0, 0, 0, 255),       // selected
    IM_COL32(230, 120, 0, 255),   // path
    IM_COL32(205, 50, 50, 255),   // unreachable
    IM_COL32(140, 60, 200, 255),  // goroutineOwned
    IM_COL32(30, 150, 60, 255),   // fresh
    IM_COL32(40, 44, 52, 255),    // badgeFill
    IM_COL32(255, 255, 255, 255), // badgeText
    IM_COL32(215, 40, 30, 255),   // badgeMismatch
    IM_COL32(255, 236, 150, 255), // currentLine
    IM_COL32(200, 30, 20, 255),   // stderrText
    IM_COL32(20, 140, 40, 255),   // good
    IM_COL32(210, 40, 30, 255),   // bad
};

ThemeKind gTheme = ThemeKind::Dark;
float gZoom = 1.0f, gDisplayScale = 1.0f, gFramebufferScale = 1.0f;

}  // namespace

const Palette& palette() { return gTheme == ThemeKind::Light ? kLight : kDark; }
ThemeKind currentTheme() { return gTheme; }
const char* themeName(ThemeKind kind) { return kind == ThemeKind::Light ? "light" : "dark"; }

float presenterZoom() { return gZoom; }
void setPresenterZoom(float zoom) {
  float best = kPresenterZooms[0];
  for (float z : kPresenterZooms)
    if (std::fabs(z - zoom) < std::fabs(best - zoom)) best = z;
  gZoom = best;
}
float nextPresenterZoom(int direction) {
  const int n = static_cast<int>(sizeof kPresenterZooms / sizeof kPresenterZooms[0]);
  int i = 0;
  while (i < n && kPresenterZooms[i] != gZoom) ++i;
  i = std::clamp(i + (direction > 0 ? 1 : -1), 0, n - 1);
  return kPresenterZooms[i];
}
float displayScale() { return gDisplayScale; }
void setDisplayScale(float scale) { gDisplayScale = std::clamp(scale, 1.0f, 4.0f); }
float framebufferScale() { return gFramebufferScale; }
void setFramebufferScale(float scale) { gFramebufferScale = std::clamp(scale, 0.5f, 4.0f); }

void applyTheme(ThemeKind kind) {
  gTheme = kind;
  ImGui::GetStyle() = ImGuiStyle();  // sizes back to 100% before scaling them below
  if (kind == ThemeKind::Light) {
    ImGui::StyleColorsLight();
    ImGuiStyle& s = ImGui::GetStyle();
    s.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
    s.Colors[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    s.Colors[ImGuiCol_TitleBgActive] = ImVec4(0.80f, 0.85f, 0.93f, 1.0f);
    s.Colors[ImGuiCol_TitleBg] = ImVec4(0.86f, 0.88f, 0.92f, 1.0f);
    s.Colors[ImGuiCol_FrameBg] = ImVec4(0.86f, 0.88f, 0.93f, 1.0f);  // inputs visible on the light panels
  } else {
    ImGui::StyleColorsDark();
    ImGuiStyle& s = ImGui::GetStyle();
    s.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    s.Colors[ImGuiCol_TitleBgActive] = ImVec4(0.16f, 0.24f, 0.36f, 1.0f);
  }
  ImGuiStyle& s = ImGui::GetStyle();
  s.WindowRounding = 0.0f;
  s.FrameRounding = 3.0f;
  s.WindowBorderSize = 1.0f;
  s.ScaleAllSizes(uiScale());
}

}  // namespace heapscope
