// Editor: the program text with a gutter of line numbers (click one: a
// breakpoint on that line; a compile error marks its line, the message shows
// on hover). While a program is live (running or paused) the panel shows a
// read-only listing instead, with the line about to execute highlighted and
// marked in the gutter, so what is shown is what executes.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>
#include <vector>

#include "../theme.h"
#include "panels.h"

namespace heapscope {

namespace {

std::vector<std::string_view> splitLines(const std::string& source) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= source.size();) {
    size_t end = source.find('\n', start);
    if (end == std::string::npos) end = source.size();
    lines.emplace_back(source.data() + start, end - start);
    start = end + 1;
  }
  return lines;
}

const EditorView::ErrorMark* errorOn(const EditorView& view, int line) {
  for (const EditorView::ErrorMark& e : view.errors)
    if (e.line == line) return &e;
  return nullptr;
}

bool hasBreakpoint(const EditorView& view, int line) {
  return std::find(view.breakpoints.begin(), view.breakpoints.end(), line) != view.breakpoints.end();
}

void errorTooltip(const EditorView& view, int line) {
  ImGui::BeginTooltip();
  for (const EditorView::ErrorMark& e : view.errors)
    if (e.line == line) ImGui::Text("%s:%d:%d: %s", view.fileName.c_str(), e.line, e.col, e.message.c_str());
  ImGui::EndTooltip();
}

// A red wavy underline under `width` pixels of text starting at p (baseline y).
void underlineError(ImDrawList* draw, ImVec2 p, float width, float lineH) {
  const float y = p.y + lineH - 0.5f, step = 3.0f;
  std::vector<ImVec2> points;
  for (float x = 0; x <= width; x += step)
    points.emplace_back(p.x + x, y + ((static_cast<int>(x / step) & 1) ? 1.5f : -1.0f));
  if (points.size() >= 2) draw->AddPolyline(points.data(), static_cast<int>(points.size()), palette().bad, 0, 1.2f);
}

void drawListing(const EditorView& view, const std::string& source, EditorPanelState& state) {
  std::vector<std::string_view> lines = splitLines(source);
  ImGui::BeginChild("##listing", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar);
  const float lineH = ImGui::GetTextLineHeightWithSpacing();
  auto scrollTo = [&](int line) {
    float y = (static_cast<float>(line) - 1.0f) * lineH;
    if (y < ImGui::GetScrollY() || y > ImGui::GetScrollY() + ImGui::GetWindowHeight() - 2 * lineH)
      ImGui::SetScrollY(y - ImGui::GetWindowHeight() * 0.3f);
  };
  if (view.currentLine > 0 && view.currentLine != state.scrolledToLine) {
    scrollTo(view.currentLine);
    state.scrolledToLine = view.currentLine;
  }
  if (state.gotoLine > 0) {
    scrollTo(state.gotoLine);
    state.markedLine = state.gotoLine;
    state.gotoLine = 0;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(lines.size()), lineH);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      bool current = i + 1 == view.currentLine;
      bool marked = i + 1 == state.markedLine;
      if (current || marked) {
        ImVec2 p = ImGui::GetCursorScreenPos();
        ImVec2 end(p.x + ImGui::GetContentRegionAvail().x + ImGui::GetScrollMaxX() + 1000, p.y + lineH);
        if (current) ImGui::GetWindowDrawList()->AddRectFilled(p, end, palette().currentLine);
        if (marked) ImGui::GetWindowDrawList()->AddRect(p, end, palette().path, 0.0f, 0, 2.0f);
      }
      char number[16];
      std::snprintf(number, sizeof number, "%4d %s", i + 1, current ? ">" : " ");
      ImVec2 gutter = ImGui::GetCursorScreenPos();
      ImGui::TextDisabled("%s", number);
      if (ImGui::IsItemClicked()) state.toggleBreakpoint = i + 1;  // click a line number: breakpoint on/off
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("click: breakpoint on line %d", i + 1);
      if (hasBreakpoint(view, i + 1))
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(gutter.x + 4, gutter.y + lineH * 0.5f), lineH * 0.28f,
                                                    palette().bad);
      if (current && view.paused) {
        // The stop marker: an arrow in the gutter, over the breakpoint dot if any.
        const float cy = gutter.y + lineH * 0.5f, r = lineH * 0.3f;
        ImGui::GetWindowDrawList()->AddTriangleFilled(ImVec2(gutter.x, cy - r), ImVec2(gutter.x, cy + r),
                                                      ImVec2(gutter.x + r * 1.6f, cy), palette().path);
      }
      ImGui::SameLine();
      const std::string_view& text = lines[static_cast<size_t>(i)];
      ImGui::TextUnformatted(text.data(), text.data() + text.size());
    }
  }
  ImGui::EndChild();
}

// Tracks the text cursor's line, so the outer scroll can follow it.
int cursorCallback(ImGuiInputTextCallbackData* data) {
  auto* state = static_cast<EditorPanelState*>(data->UserData);
  int line = 1;
  for (int i = 0; i < data->CursorPos && i < data->BufTextLen; ++i)
    if (data->Buf[i] == '\n') ++line;
  state->cursorLine = line;
  return 0;
}

// The editable text: a gutter (line numbers, breakpoints, error marks) left
// of a multi-line input that is as tall and wide as the text, inside one
// scrolling child, so numbers and text scroll together.
void drawEditable(const EditorView& view, std::string& source, EditorPanelState& state) {
  std::vector<std::string_view> lines = splitLines(source);
  ImGui::BeginChild("##editable", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar);
  const float lineH = ImGui::GetFontSize();  // InputTextMultiline's line pitch
  const ImVec2 pad = ImGui::GetStyle().FramePadding;
  const float gutterW = ImGui::CalcTextSize("9999 ").x + lineH;
  float textW = 0;
  for (std::string_view l : lines) textW = std::max(textW, ImGui::CalcTextSize(l.data(), l.data() + l.size()).x);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float height = std::max(avail.y, static_cast<float>(lines.size() + 2) * lineH + pad.y * 2);
  const float width = std::max(avail.x - gutterW, textW + lineH * 4);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();

  // Gutter: one invisible button over the column; the line under the mouse.
  ImGui::InvisibleButton("##gutter", ImVec2(gutterW, height));
  int hoveredLine = 0;
  if (ImGui::IsItemHovered()) {
    hoveredLine = static_cast<int>((ImGui::GetIO().MousePos.y - origin.y - pad.y) / lineH) + 1;
    if (hoveredLine < 1 || hoveredLine > static_cast<int>(lines.size())) hoveredLine = 0;
  }
  if (hoveredLine && ImGui::IsItemClicked()) state.toggleBreakpoint = hoveredLine;
  if (hoveredLine) {
    if (errorOn(view, hoveredLine)) errorTooltip(view, hoveredLine);
    else ImGui::SetTooltip("click: breakpoint on line %d", hoveredLine);
  }
  const float scrollY = ImGui::GetScrollY(), viewH = ImGui::GetWindowHeight();
  const int first = std::max(0, static_cast<int>((scrollY - pad.y) / lineH) - 1);
  const int last = std::min(static_cast<int>(lines.size()), static_cast<int>((scrollY + viewH) / lineH) + 2);
  for (int i = first; i < last; ++i) {
    const ImVec2 p(origin.x, origin.y + pad.y + static_cast<float>(i) * lineH);
    char number[16];
    std::snprintf(number, sizeof number, "%4d", i + 1);
    const EditorView::ErrorMark* err = errorOn(view, i + 1);
    draw->AddText(ImVec2(p.x + lineH * 0.7f, p.y), err ? palette().bad : ImGui::GetColorU32(ImGuiCol_TextDisabled),
                  number);
    if (hasBreakpoint(view, i + 1)) draw->AddCircleFilled(ImVec2(p.x + lineH * 0.35f, p.y + lineH * 0.5f), lineH * 0.28f, palette().bad);
    if (err) {
      // Underline the word at the error's column (the whole line if the
      // column is unknown), and repeat the message, dimmed, after the line.
      std::string_view text = lines[static_cast<size_t>(i)];
      size_t col = err->col > 0 ? std::min(text.size(), static_cast<size_t>(err->col - 1)) : 0;
      size_t end = col;
      auto wordChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
      while (end < text.size() && wordChar(text[end])) ++end;
      if (err->col <= 0) end = text.size();
      else if (end == col && end < text.size()) ++end;
      float x0 = ImGui::CalcTextSize(text.data(), text.data() + col).x;
      float w = ImGui::CalcTextSize(text.data() + col, text.data() + end).x;
      const float textX = origin.x + gutterW + pad.x;
      underlineError(draw, ImVec2(textX + x0, p.y), std::max(w, lineH * 0.6f), lineH);
      float lineEnd = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
      ImU32 dim = (palette().bad & 0x00FFFFFFu) | 0xB0000000u;
      draw->AddText(ImVec2(textX + lineEnd + lineH * 1.5f, p.y), dim, err->message.c_str());
    }
  }

  ImGui::SameLine(0, 0);
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
  if (ImGui::InputTextMultiline("##source", &source, ImVec2(width, height),
                                ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_CallbackAlways,
                                cursorCallback, &state))
    state.edited = true;
  ImGui::PopStyleColor();
  // The message of an error line also shows when its text is hovered.
  if (ImGui::IsItemHovered() && !view.errors.empty()) {
    int line = static_cast<int>((ImGui::GetIO().MousePos.y - origin.y - pad.y) / lineH) + 1;
    if (errorOn(view, line)) errorTooltip(view, line);
  }
  // Keep the text cursor in view while typing or moving it.
  if (ImGui::IsItemActive() && state.cursorLine != state.cursorSeenLine) {
    float y = pad.y + static_cast<float>(state.cursorLine - 1) * lineH;
    if (y < scrollY) ImGui::SetScrollY(y);
    else if (y + lineH * 2 > scrollY + viewH) ImGui::SetScrollY(y + lineH * 2 - viewH);
    state.cursorSeenLine = state.cursorLine;
  }
  ImGui::EndChild();
}

}  // namespace

void drawEditorPanel(const EditorView& view, std::string& source, EditorPanelState& state,
                     const PanelRect& rect) {
  ImGui::SetNextWindowPos({rect.x, rect.y});
  ImGui::SetNextWindowSize({rect.w, rect.h});
  std::string title = view.fileName + (view.listing ? "  (read-only while the program is live)" : "") + "###Editor";
  ImGui::Begin(title.c_str(), nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoSavedSettings);
  if (view.listing) {
    drawListing(view, source, state);
  } else {
    state.scrolledToLine = 0;
    drawEditable(view, source, state);
  }
  ImGui::End();
}

}  // namespace heapscope
