// Editor: the program text with a gutter of line numbers (click one: a
// breakpoint on that line; a compile error marks its line, the message shows
// on hover). While a program is live (running or paused) the panel shows a
// read-only listing instead, with the line about to execute highlighted and
// marked in the gutter, so what is shown is what executes.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <vector>

#include "../go_highlight.h"
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

void drawHighlighted(const std::string& source, int first, int last, ImVec2 origin, float lineH);

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
  ImVec2 textStart;
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
      // Room for the text; it is painted in syntax colours after the rows.
      const std::string_view& text = lines[static_cast<size_t>(i)];
      if (i == clipper.DisplayStart) textStart = ImGui::GetCursorScreenPos();
      ImGui::Dummy(ImVec2(ImGui::CalcTextSize(text.data(), text.data() + text.size()).x, ImGui::GetTextLineHeight()));
    }
    drawHighlighted(source, clipper.DisplayStart, clipper.DisplayEnd,
                    ImVec2(textStart.x, textStart.y - static_cast<float>(clipper.DisplayStart) * lineH), lineH);
  }
  ImGui::EndChild();
}

// Tracks the text cursor (its line keeps the outer scroll following it; its
// offset lets the panel draw it), and applies a selection asked for by the
// find bar once the text has the keyboard again.
int cursorCallback(ImGuiInputTextCallbackData* data) {
  auto* state = static_cast<EditorPanelState*>(data->UserData);
  if (state->selectBegin >= 0 && state->selectEnd <= data->BufTextLen) {
    data->SelectionStart = state->selectBegin;
    data->SelectionEnd = data->CursorPos = state->selectEnd;
  }
  state->selectBegin = state->selectEnd = -1;
  int line = 1;
  for (int i = 0; i < data->CursorPos && i < data->BufTextLen; ++i)
    if (data->Buf[i] == '\n') ++line;
  state->cursorLine = line;
  state->cursorPos = data->CursorPos;
  return 0;
}

ImU32 syntaxColour(GoTokenClass cls) {
  const bool light = currentTheme() == ThemeKind::Light;
  switch (cls) {
    case GoTokenClass::Keyword: return light ? IM_COL32(0, 60, 200, 255) : IM_COL32(110, 170, 255, 255);
    case GoTokenClass::Predeclared: return light ? IM_COL32(130, 40, 170, 255) : IM_COL32(80, 210, 200, 255);
    case GoTokenClass::String: return light ? IM_COL32(170, 60, 0, 255) : IM_COL32(230, 170, 110, 255);
    case GoTokenClass::Number: return light ? IM_COL32(0, 125, 60, 255) : IM_COL32(170, 215, 140, 255);
    case GoTokenClass::Comment: return light ? IM_COL32(110, 115, 125, 255) : IM_COL32(120, 135, 120, 255);
    case GoTokenClass::Plain: break;
  }
  return ImGui::GetColorU32(ImGuiCol_Text);
}

// The spans of the last text highlighted: recomputed only when it changes.
const std::vector<GoSpan>& spansFor(const std::string& source) {
  static std::string text;
  static std::vector<GoSpan> spans;
  static bool done = false;
  if (!done || text != source) {
    text = source;
    spans = highlightGo(source);
    done = true;
  }
  return spans;
}

// Byte offsets of case-insensitive (ASCII) matches of `query` in `text`.
std::vector<int> findMatches(const std::string& text, const std::string& query) {
  std::vector<int> at;
  if (query.empty()) return at;
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  for (size_t i = 0; i + query.size() <= text.size(); ++i) {
    size_t k = 0;
    while (k < query.size() && lower(text[i + k]) == lower(query[k])) ++k;
    if (k == query.size()) {
      at.push_back(static_cast<int>(i));
      i += query.size() - 1;
    }
  }
  return at;
}

int lineOf(const std::string& text, int offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + std::min<size_t>(offset, text.size()), '\n'));
}

// The find bar above the text. Returns the match offsets (for painting).
std::vector<int> drawFindBar(const std::string& source, EditorPanelState& state) {
  std::vector<int> matches = findMatches(source, state.findQuery);
  if (!state.findOpen) {
    // Closed: nothing painted; the last search stays for the next Ctrl+F.
    state.findMatches = static_cast<int>(matches.size());
    state.findCurrent = std::min(state.findCurrent, state.findMatches - 1);
    return {};
  }
  int move = 0;  // +1 next, -1 previous
  bool close = false;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Find");
  ImGui::SameLine();
  if (state.findFocus) {
    ImGui::SetKeyboardFocusHere();
    state.findFocus = false;
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11);
  const bool queryChanged = ImGui::InputText("##find", &state.findQuery);
  if (ImGui::IsItemActive() || ImGui::IsItemDeactivated()) {
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)))
      move = ImGui::GetIO().KeyShift ? -1 : 1;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) close = true;
  }
  if (queryChanged || state.findRestart) {
    state.findRestart = false;
    matches = findMatches(source, state.findQuery);
    state.findCurrent = -1;
    // Start from the first match at or after the text cursor.
    for (size_t k = 0; k < matches.size() && state.findCurrent < 0; ++k)
      if (matches[k] >= state.cursorPos) state.findCurrent = static_cast<int>(k);
    if (state.findCurrent < 0 && !matches.empty()) state.findCurrent = 0;
    if (state.findCurrent >= 0) state.findScrollLine = lineOf(source, matches[state.findCurrent]);
  }
  // Enter deactivates the single-line input: keep the keyboard in the field.
  if (move != 0) state.findFocus = true;
  ImGui::SameLine();
  if (ImGui::ArrowButton("##findprev", ImGuiDir_Up)) move = -1;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("previous match (Shift+Enter)");
  ImGui::SameLine();
  if (ImGui::ArrowButton("##findnext", ImGuiDir_Down)) move = 1;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("next match (Enter)");
  const int n = static_cast<int>(matches.size());
  if (move != 0 && n > 0) {
    state.findCurrent = state.findCurrent < 0 ? (move > 0 ? 0 : n - 1) : (state.findCurrent + move + n) % n;
    state.findScrollLine = lineOf(source, matches[state.findCurrent]);
  }
  if (state.findCurrent >= n) state.findCurrent = n - 1;
  ImGui::SameLine();
  if (state.findQuery.empty()) ImGui::TextDisabled("type to search");
  else if (n == 0) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().bad), "no matches");
  else ImGui::Text("%d of %d", state.findCurrent + 1, n);
  ImGui::SameLine();
  if (ImGui::SmallButton("Close")) close = true;
  state.findMatches = n;
  state.findLine = state.findCurrent >= 0 ? lineOf(source, matches[state.findCurrent]) : 0;
  if (close) {
    // Back to the text, the current match selected (the cursor after it).
    state.findOpen = false;
    state.focusText = true;
    if (state.findCurrent >= 0) {
      state.selectBegin = matches[state.findCurrent];
      state.selectEnd = state.selectBegin + static_cast<int>(state.findQuery.size());
    }
  }
  return matches;
}

// Paints lines [first, last) of `source` at `origin` (the input's first
// glyph), one AddText per run of one colour.
void drawHighlighted(const std::string& source, int first, int last, ImVec2 origin, float lineH) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const std::vector<GoSpan>& spans = spansFor(source);
  const ImU32 plain = ImGui::GetColorU32(ImGuiCol_Text);
  int lineNo = 0;
  size_t span = 0;
  for (size_t start = 0; start <= source.size() && lineNo < last; ++lineNo) {
    size_t end = source.find('\n', start);
    if (end == std::string::npos) end = source.size();
    if (lineNo >= first) {
      const float y = origin.y + static_cast<float>(lineNo) * lineH;
      float x = origin.x;
      while (span < spans.size() && static_cast<size_t>(spans[span].end) <= start) ++span;
      size_t at = start, s = span;
      while (at < end) {
        // The next run: inside span s, or plain up to its start.
        size_t runEnd = end;
        ImU32 colour = plain;
        if (s < spans.size() && static_cast<size_t>(spans[s].begin) <= at) {
          runEnd = std::min(end, static_cast<size_t>(spans[s].end));
          colour = syntaxColour(spans[s].cls);
          ++s;
        } else if (s < spans.size()) {
          runEnd = std::min(end, static_cast<size_t>(spans[s].begin));
        }
        const char* b = source.data() + at;
        const char* e = source.data() + runEnd;
        draw->AddText(font, size, ImVec2(x, y), colour, b, e);
        x += font->CalcTextSizeA(size, 1e9f, 0.0f, b, e).x;
        at = runEnd;
      }
    }
    start = end + 1;
  }
}

// The text cursor (InputText's own is drawn in the transparent text colour).
void drawCursor(const std::string& source, int pos, ImVec2 origin, float lineH) {
  if (std::fmod(ImGui::GetTime(), 1.2) > 0.8 && ImGui::GetIO().InputQueueCharacters.empty()) return;  // blink
  pos = std::clamp(pos, 0, static_cast<int>(source.size()));
  size_t lineStart = source.rfind('\n', pos > 0 ? static_cast<size_t>(pos - 1) : 0);
  lineStart = (lineStart == std::string::npos || pos == 0) ? 0 : lineStart + 1;
  const int line = lineOf(source, pos);
  const float x = origin.x + ImGui::CalcTextSize(source.data() + lineStart, source.data() + pos).x;
  const float y = origin.y + static_cast<float>(line - 1) * lineH;
  ImGui::GetWindowDrawList()->AddLine(ImVec2(x, y), ImVec2(x, y + lineH - 1), ImGui::GetColorU32(ImGuiCol_Text), 1.5f);
}

// The editable text: a gutter (line numbers, breakpoints, error marks) left
// of a multi-line input that is as tall and wide as the text, inside one
// scrolling child, so numbers and text scroll together.
void drawEditable(const EditorView& view, std::string& source, EditorPanelState& state) {
  const std::vector<int> matches = drawFindBar(source, state);
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
  const ImVec2 textOrigin(ImGui::GetCursorScreenPos().x + pad.x, ImGui::GetCursorScreenPos().y + pad.y);
  // Find matches: a filled box behind each visible one, the current one outlined.
  const int queryLen = static_cast<int>(state.findQuery.size());
  for (size_t k = 0; k < matches.size(); ++k) {
    const int at = matches[k];
    const int line = lineOf(source, at);
    if (line - 1 < first || line - 1 >= last) continue;
    std::string_view text = lines[static_cast<size_t>(line - 1)];
    const int lineStart = static_cast<int>(text.data() - source.data());
    const int endCol = std::min(at + queryLen - lineStart, static_cast<int>(text.size()));
    float x0 = ImGui::CalcTextSize(text.data(), text.data() + (at - lineStart)).x;
    float x1 = ImGui::CalcTextSize(text.data(), text.data() + endCol).x;
    ImVec2 a(textOrigin.x + x0 - 1, textOrigin.y + static_cast<float>(line - 1) * lineH);
    ImVec2 b(textOrigin.x + x1 + 1, a.y + lineH);
    draw->AddRectFilled(a, b, (palette().path & 0x00FFFFFFu) | 0x50000000u, 2.0f);
    if (static_cast<int>(k) == state.findCurrent) draw->AddRect(a, b, palette().path, 2.0f, 0, 2.0f);
  }
  if (state.findScrollLine > 0) {
    float y = pad.y + static_cast<float>(state.findScrollLine - 1) * lineH;
    if (y < scrollY || y + lineH * 2 > scrollY + viewH) ImGui::SetScrollY(y - viewH * 0.3f);
    state.findScrollLine = 0;
  }
  if (state.focusText) {
    ImGui::SetKeyboardFocusHere();
    state.focusText = false;
  } else if (!state.findOpen) {
    state.selectBegin = state.selectEnd = -1;  // a click in the text wins over a stale find selection
  }
  // The input draws its glyphs transparent (and no cursor): the panel paints
  // the same text on top, glyph for glyph with the same font, in the syntax
  // colours, and the cursor. Selection, editing, undo and clipboard stay
  // InputText's own.
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
  ImGui::PushID(state.textGeneration);  // see EditorPanelState::textGeneration
  if (ImGui::InputTextMultiline("##source", &source, ImVec2(width, height),
                                ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_CallbackAlways,
                                cursorCallback, &state))
    state.edited = true;
  ImGui::PopID();
  ImGui::PopStyleColor(2);
  const bool textActive = ImGui::IsItemActive();
  drawHighlighted(source, first, last, textOrigin, lineH);
  if (textActive) drawCursor(source, state.cursorPos, textOrigin, lineH);
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
