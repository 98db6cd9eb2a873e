// Heap graph: roots on the left, objects layered by distance from the roots
// (graph_layout.h), labelled edges, a refcount badge on each object, colours
// for state (retainer path, kept by a blocked goroutine, unreachable, new).
// Mouse: click selects, drag a node to pin it elsewhere, drag the background
// to pan, wheel zooms around the cursor.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "../format.h"
#include "../theme.h"
#include "panels.h"

namespace heapscope {

namespace {

constexpr float kBaseFont = 14.0f;

struct Canvas {
  ImVec2 origin;  // screen position of world (0,0)
  float zoom;
  ImVec2 toScreen(float x, float y) const { return ImVec2(origin.x + x * zoom, origin.y + y * zoom); }
};

uint32_t borderColour(const GraphNode& g, const Palette& p) {
  if (g.flags & kGraphSelected) return p.selected;
  if (g.flags & kGraphOnPath) return p.path;
  if (g.flags & kGraphUnreachable) return p.unreachable;
  if (g.flags & kGraphGoroutineOwned) return p.goroutineOwned;
  if (g.flags & (kGraphFresh | kGraphChanged)) return p.fresh;
  return p.nodeBorder;
}

// A dashed outline (ImGui has none): ghost nodes of freed objects, their legend.
void drawDashedRect(ImDrawList* dl, ImVec2 a, ImVec2 b, uint32_t colour, float thick) {
  const float dash = std::max(3.0f, thick * 3.0f), gap = dash * 0.7f;
  auto line = [&](ImVec2 from, ImVec2 to) {
    const float len = std::hypot(to.x - from.x, to.y - from.y);
    if (len <= 0) return;
    const ImVec2 d((to.x - from.x) / len, (to.y - from.y) / len);
    for (float t = 0; t < len; t += dash + gap) {
      const float e = std::min(len, t + dash);
      dl->AddLine(ImVec2(from.x + d.x * t, from.y + d.y * t), ImVec2(from.x + d.x * e, from.y + d.y * e), colour, thick);
    }
  };
  line(a, ImVec2(b.x, a.y));
  line(ImVec2(b.x, a.y), b);
  line(b, ImVec2(a.x, b.y));
  line(ImVec2(a.x, b.y), a);
}

void drawEdge(ImDrawList* dl, const Canvas& c, const GraphNode& a, const GraphNode& b, const GraphEdge& e,
              const Palette& p, bool labels) {
  ImVec2 from = c.toScreen(a.x + a.w, a.y + a.h * 0.5f);
  ImVec2 to = c.toScreen(b.x, b.y + b.h * 0.5f);
  float dx = std::max(40.0f * c.zoom, std::fabs(to.x - from.x) * 0.45f);
  ImVec2 c1(from.x + dx, from.y), c2(to.x - dx, to.y);
  if (to.x <= from.x) {  // back edge or same column: loop around below
    float drop = (a.h + 30.0f) * c.zoom;
    c1 = ImVec2(from.x + dx, from.y + drop);
    c2 = ImVec2(to.x - dx, to.y + drop);
  }
  // A former reference (to a freed object's ghost): faded, in the "unreachable" red.
  uint32_t colour = e.onPath ? p.path : e.former ? (p.unreachable & 0x00FFFFFFu) | 0x90000000u : p.edge;
  float thick = (e.onPath ? 3.0f : 1.3f) * std::max(0.6f, std::min(c.zoom, 1.5f));
  dl->AddBezierCubic(from, c1, c2, to, colour, thick);
  // Arrow head at the target.
  float ah = 7.0f * std::min(1.5f, std::max(0.6f, c.zoom));
  dl->AddTriangleFilled(to, ImVec2(to.x - ah, to.y - ah * 0.55f), ImVec2(to.x - ah, to.y + ah * 0.55f), colour);
  if (labels && !e.label.empty()) {
    // Bezier midpoint (t = 0.5).
    ImVec2 mid((from.x + 3 * c1.x + 3 * c2.x + to.x) / 8, (from.y + 3 * c1.y + 3 * c2.y + to.y) / 8);
    float size = kBaseFont * 0.85f * c.zoom;
    ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0, e.label.c_str());
    ImVec2 tl(mid.x - ts.x * 0.5f, mid.y - ts.y * 0.5f);
    dl->AddRectFilled(ImVec2(tl.x - 2, tl.y), ImVec2(tl.x + ts.x + 2, tl.y + ts.y), p.canvas, 3.0f);
    dl->AddText(ImGui::GetFont(), size, tl, e.onPath ? p.path : e.former ? colour : p.edgeLabel, e.label.c_str());
  }
}

// An object freed since the previous pause: a faded card with a dashed red
// outline where the object was.
void drawGhost(ImDrawList* dl, const Canvas& c, const GraphNode& g, const Palette& p) {
  ImVec2 tl = c.toScreen(g.x, g.y), br = c.toScreen(g.x + g.w, g.y + g.h);
  dl->AddRectFilled(tl, br, (p.nodeFill & 0x00FFFFFFu) | 0x50000000u, 5.0f * c.zoom);
  drawDashedRect(dl, tl, br, p.unreachable, 1.6f * std::max(0.7f, c.zoom));
  float size = kBaseFont * c.zoom;
  if (size < 6.0f) return;
  ImVec4 clip(tl.x, tl.y, br.x, br.y);
  float pad = 6.0f * c.zoom;
  const uint32_t faded = (p.nodeSubtext & 0x00FFFFFFu) | 0xB0000000u;
  dl->AddText(ImGui::GetFont(), size, ImVec2(tl.x + pad, tl.y + 4 * c.zoom), faded, g.title.c_str(), nullptr, 0, &clip);
  dl->AddText(ImGui::GetFont(), size * 0.9f, ImVec2(tl.x + pad, tl.y + 4 * c.zoom + size * 1.1f), p.unreachable,
              g.detail.c_str(), nullptr, 0, &clip);
}

void drawNode(ImDrawList* dl, const Canvas& c, const GraphNode& g, const Palette& p) {
  if (g.kind == GraphNode::Kind::Freed) return drawGhost(dl, c, g, p);
  ImVec2 tl = c.toScreen(g.x, g.y), br = c.toScreen(g.x + g.w, g.y + g.h);
  float round = 5.0f * c.zoom;
  uint32_t fill = g.kind == GraphNode::Kind::Root ? p.rootFill
                  : g.kind == GraphNode::Kind::Group ? p.groupFill
                                                     : p.nodeFill;
  dl->AddRectFilled(tl, br, fill, round);
  bool strong = g.flags & (kGraphSelected | kGraphOnPath | kGraphFresh | kGraphChanged);
  dl->AddRect(tl, br, borderColour(g, p), round, 0, (strong ? 3.0f : 1.4f) * std::max(0.7f, c.zoom));
  float size = kBaseFont * c.zoom;
  if (size >= 6.0f) {
    ImFont* font = ImGui::GetFont();
    ImVec4 clip(tl.x, tl.y, br.x, br.y);
    float pad = 6.0f * c.zoom;
    uint32_t titleColour = g.kind == GraphNode::Kind::Root ? p.rootText : p.nodeText;
    dl->AddText(font, size, ImVec2(tl.x + pad, tl.y + 4 * c.zoom), titleColour, g.title.c_str(), nullptr, 0, &clip);
    dl->AddText(font, size * 0.9f, ImVec2(tl.x + pad, tl.y + 4 * c.zoom + size * 1.1f), p.nodeSubtext,
                g.detail.c_str(), nullptr, 0, &clip);
  }
  if (g.kind == GraphNode::Kind::Object) {
    // Refcount badge on the top-right corner; red with "rc≠refs" on a mismatch.
    char badge[24];
    bool mismatch = g.flags & kGraphMismatch;
    bool moved = !mismatch && (g.flags & kGraphRcMoved);
    if (moved) std::snprintf(badge, sizeof badge, "%u>%u", g.refcountBefore, g.refcount);  // moved since the last pause
    else std::snprintf(badge, sizeof badge, mismatch ? "rc %u!" : "%u", g.refcount);
    float bs = kBaseFont * 0.8f * std::max(0.7f, c.zoom);
    ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(bs, 1e9f, 0, badge);
    float r = std::max(ts.x, ts.y) * 0.5f + 3.0f;
    ImVec2 centre(br.x - 2.0f, tl.y + 2.0f);
    if (ts.x > ts.y) {
      dl->AddRectFilled(ImVec2(centre.x - ts.x * 0.5f - 4, centre.y - ts.y * 0.5f - 2),
                        ImVec2(centre.x + ts.x * 0.5f + 4, centre.y + ts.y * 0.5f + 2),
                        mismatch ? p.badgeMismatch : moved ? p.fresh : p.badgeFill, ts.y);
    } else {
      dl->AddCircleFilled(centre, r, mismatch ? p.badgeMismatch : p.badgeFill);
    }
    dl->AddText(ImGui::GetFont(), bs, ImVec2(centre.x - ts.x * 0.5f, centre.y - ts.y * 0.5f),
                mismatch || moved ? IM_COL32(255, 255, 255, 255) : p.badgeText, badge);
  }
}

int hitTest(const GraphLayout& layout, const Canvas& c, ImVec2 mouse) {
  for (size_t i = layout.nodes.size(); i-- > 0;) {
    const GraphNode& g = layout.nodes[i];
    ImVec2 tl = c.toScreen(g.x, g.y), br = c.toScreen(g.x + g.w, g.y + g.h);
    if (mouse.x >= tl.x && mouse.x <= br.x && mouse.y >= tl.y && mouse.y <= br.y) return static_cast<int>(i);
  }
  return -1;
}

// Zoom (at most 1) and pan so every node is visible. state.zoom is relative
// to the UI scale `ui` (presenter zoom x DPI): the canvas draws at zoom * ui.
void fitAll(const GraphLayout& layout, GraphPanelState& state, ImVec2 canvas, float ui) {
  float minX = 1e30f, minY = 1e30f, maxX = -1e30f, maxY = -1e30f;
  for (const GraphNode& g : layout.nodes) {
    minX = std::min(minX, g.x);
    minY = std::min(minY, g.y);
    maxX = std::max(maxX, g.x + g.w);
    maxY = std::max(maxY, g.y + g.h + 30.0f);  // room for back edges looping below
  }
  const float margin = 12.0f;
  float zx = (canvas.x / ui - 2 * margin) / std::max(1.0f, maxX - minX);
  float zy = (canvas.y / ui - 2 * margin) / std::max(1.0f, maxY - minY);
  // Never below 75% of the 100% size on screen (text must stay readable);
  // at presenter zoom the fit may shrink further towards that so the whole
  // graph stays in view.
  state.zoom = std::clamp(std::min(zx, zy), std::max(0.5f, 0.75f / ui), 1.0f);
  state.panX = (margin - minX * state.zoom) * ui;
  state.panY = (margin - minY * state.zoom) * ui;
}

// The header's items flow: the next one (`width` wide) stays on this line
// only if it fits, so the legend wraps instead of running off the panel.
void flow(float width) {
  ImGui::SameLine();
  if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
}

// A legend entry: a swatch drawn as the graph draws that state, then its name.
void legendItem(uint32_t colour, const char* text, const char* tip, bool dashed = false) {
  const float h = ImGui::GetTextLineHeight(), gap = px(3);
  flow(h - 2 + gap + ImGui::CalcTextSize(text).x);
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 a(p.x, p.y + 3), b(p.x + h - 4, p.y + h - 1);
  if (dashed) drawDashedRect(dl, a, b, colour, px(2));
  else dl->AddRect(a, b, colour, 2.0f, 0, px(2.5f));
  ImGui::Dummy(ImVec2(h - 2, h));
  ImGui::SameLine(0, gap);
  ImGui::TextUnformatted(text);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip);
}

}  // namespace

void drawHeapGraphPanel(const HeapView& view, GraphLayout& layout, GraphPanelState& state,
                        HeapActions& actions, const PanelRect& rect) {
  ImGui::SetNextWindowPos({rect.x, rect.y});
  ImGui::SetNextWindowSize({rect.w, rect.h});
  ImGui::Begin("Heap graph", nullptr, kFixedPanel | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  const Palette& p = palette();
  if (!view.model->snap) {
    ImGui::TextDisabled("Run or Step the program: its heap appears here.");
    ImGui::End();
    return;
  }
  ImGui::Text("%s of %s objects", formatCount(layout.shownObjects).c_str(), formatCount(layout.totalObjects).c_str());
  const float padX = ImGui::GetStyle().FramePadding.x * 2;
  flow(ImGui::CalcTextSize("Fit").x + padX);
  bool fitClicked = ImGui::SmallButton("Fit");
  flow(ImGui::CalcTextSize("Re-layout").x + padX);
  if (ImGui::SmallButton("Re-layout")) {
    actions.relayout = true;
    state.fitPending = true;
  }
  flow(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize("runtime roots").x);
  if (ImGui::Checkbox("runtime roots", &layout.showRuntimeRoots)) layout.builtVersion = 0;  // rebuild
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("also show string constants, unnamed registers and standard-library globals");
  flow(px(90));
  ImGui::SetNextItemWidth(px(90));
  if (ImGui::SliderFloat("##zoom", &state.zoom, 0.25f, 2.5f, "zoom %.2f")) state.userMoved = true;
  legendItem(p.path, "path", "the retainer path of the selection (\"Why alive?\")");
  legendItem(p.goroutineOwned, "blocked goroutine", "kept alive only by a blocked goroutine");
  legendItem(p.unreachable, "unreachable", "alive but unreachable from every root (cyclic garbage)");
  legendItem(p.fresh, "new/changed", "allocated or changed since the previous capture (the previous pause when stepping)");
  if (layout.shownFreed)
    legendItem(p.unreachable, "freed", "freed since the previous pause (ghosts where the objects were)", true);

  ImVec2 canvasPos = ImGui::GetCursorScreenPos();
  ImVec2 canvasSize = ImGui::GetContentRegionAvail();
  if (canvasSize.x < 50 || canvasSize.y < 50) {
    ImGui::End();
    return;
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 canvasEnd(canvasPos.x + canvasSize.x, canvasPos.y + canvasSize.y);
  dl->AddRectFilled(canvasPos, canvasEnd, p.canvas);
  ImGui::InvisibleButton("##graph", canvasSize,
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                             ImGuiButtonFlags_MouseButtonMiddle);
  const bool hovered = ImGui::IsItemHovered();
  ImGuiIO& io = ImGui::GetIO();

  // Until the user pans or zooms, every new capture refits the view, so a
  // live heap that grows or shrinks stays in the picture.
  bool newLayout = state.seenVersion != layout.builtVersion;
  state.seenVersion = layout.builtVersion;
  if (fitClicked) state.userMoved = false;
  const float ui = uiScale();
  if ((state.fitPending || fitClicked || (newLayout && !state.userMoved)) && !layout.nodes.empty()) {
    fitAll(layout, state, canvasSize, ui);
    state.fitPending = false;
  }
  if (state.focusSelection) {
    int sel = layout.findObject(layout.builtSelection);
    if (sel >= 0) {
      // Prefer the whole picture; if the selection would still be off
      // screen (a big graph), centre on it instead.
      fitAll(layout, state, canvasSize, ui);
      const GraphNode& g = layout.nodes[static_cast<size_t>(sel)];
      const float z = state.zoom * ui;
      float sx = state.panX + g.x * z, sy = state.panY + g.y * z;
      if (sx < 0 || sy < 0 || sx + g.w * z > canvasSize.x || sy + g.h * z > canvasSize.y) {
        state.zoom = 1.0f;
        state.panX = canvasSize.x * 0.5f - (g.x + g.w * 0.5f) * ui;
        state.panY = canvasSize.y * 0.45f - (g.y + g.h * 0.5f) * ui;
        state.userMoved = true;  // keep the selection in view across captures
      }
    }
    state.focusSelection = false;
  }
  Canvas c{ImVec2(canvasPos.x + state.panX, canvasPos.y + state.panY), state.zoom * ui};

  // ---- input
  if (hovered && io.MouseWheel != 0.0f) {
    state.userMoved = true;
    float old = c.zoom;
    state.zoom = std::clamp(state.zoom * std::pow(1.15f, io.MouseWheel), 0.25f, 2.5f);
    // Zoom around the cursor: keep the world point under the mouse fixed.
    float wx = (io.MousePos.x - c.origin.x) / old, wy = (io.MousePos.y - c.origin.y) / old;
    state.panX = io.MousePos.x - canvasPos.x - wx * state.zoom * ui;
    state.panY = io.MousePos.y - canvasPos.y - wy * state.zoom * ui;
    c = Canvas{ImVec2(canvasPos.x + state.panX, canvasPos.y + state.panY), state.zoom * ui};
  }
  int hover = hovered ? hitTest(layout, c, io.MousePos) : -1;
  if (ImGui::IsItemActivated()) {
    state.dragging = ImGui::IsMouseDown(ImGuiMouseButton_Left) ? hover : -1;
    state.panning = state.dragging < 0;
    if (hover >= 0 && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
      const GraphNode& g = layout.nodes[static_cast<size_t>(hover)];
      if (g.kind != GraphNode::Kind::Root && g.node < view.model->snap->nodeCount())
        actions.selectObject(view.model->snap->id[g.node]);
    }
  }
  if (ImGui::IsItemActive() && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
    state.userMoved = true;
    if (state.dragging >= 0) {
      const GraphNode& g = layout.nodes[static_cast<size_t>(state.dragging)];
      layout.moveNode(state.dragging, g.x + io.MouseDelta.x / c.zoom, g.y + io.MouseDelta.y / c.zoom);
    } else if (state.panning) {
      state.panX += io.MouseDelta.x;
      state.panY += io.MouseDelta.y;
      c = Canvas{ImVec2(canvasPos.x + state.panX, canvasPos.y + state.panY), state.zoom * ui};
    }
  }
  if (!ImGui::IsItemActive()) {
    state.dragging = -1;
    state.panning = false;
  }

  // ---- draw: edges below nodes, path edges on top of other edges
  dl->PushClipRect(canvasPos, canvasEnd, true);
  const bool labels = c.zoom >= 0.55f;  // on-screen size: presenter zoom counts
  for (int pass = 0; pass < 2; ++pass) {
    for (const GraphEdge& e : layout.edges) {
      if (e.onPath != (pass == 1)) continue;
      drawEdge(dl, c, layout.nodes[static_cast<size_t>(e.from)], layout.nodes[static_cast<size_t>(e.to)], e, p,
               labels);
    }
  }
  for (const GraphNode& g : layout.nodes) {
    ImVec2 tl = c.toScreen(g.x, g.y), br = c.toScreen(g.x + g.w, g.y + g.h);
    if (br.x < canvasPos.x || br.y < canvasPos.y || tl.x > canvasEnd.x || tl.y > canvasEnd.y) continue;
    drawNode(dl, c, g, p);
  }
  dl->PopClipRect();
  if (layout.nodes.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(canvasPos.x + px(12), canvasPos.y + px(12)));
    ImGui::TextDisabled("No variable of the program references a heap object%s.\n"
                        "(%s runtime objects: tick \"runtime roots\" to see them)",
                        view.live ? " right now" : " any more", formatCount(layout.totalObjects).c_str());
  }

  if (hover >= 0 && state.dragging < 0) {
    const GraphNode& g = layout.nodes[static_cast<size_t>(hover)];
    const Snapshot& s = *view.model->snap;
    if (g.kind == GraphNode::Kind::Object && g.node < s.nodeCount()) {
      ImGui::SetTooltip("%s #%llu\n%s\nrefcount %u, %s shallow, %s retained\nallocated at %s", s.typeOf(g.node).c_str(),
                        static_cast<unsigned long long>(s.id[g.node]), std::string(s.preview(g.node)).c_str(),
                        s.refcount[g.node], formatBytes(s.shallow[g.node]).c_str(),
                        formatBytes(view.model->dom.idom.empty() ? 0 : view.model->dom.retainedSize(g.node)).c_str(),
                        s.siteName(s.site[g.node]).c_str());
      if (g.hiddenEdges) {
        ImGui::BeginTooltip();
        ImGui::Text("(%u more references to drawn objects are not drawn)", g.hiddenEdges);
        ImGui::EndTooltip();
      }
    } else if (g.kind == GraphNode::Kind::Freed) {
      for (const HeapModel::FreedObject& f : view.model->freed)
        if (f.id == g.key)
          ImGui::SetTooltip("freed since the previous pause (step %llu):\n%s #%llu %s\n%s, allocated at %s%s%s",
                            static_cast<unsigned long long>(view.model->freedSinceStep), f.type.c_str(),
                            static_cast<unsigned long long>(f.id), f.preview.c_str(), formatBytes(f.bytes).c_str(),
                            f.site.c_str(), f.heldBy || !f.heldByRoot.empty() ? "\nwas held by " : "",
                            f.heldBy ? ("#" + std::to_string(f.heldBy) + " " + f.heldByLabel).c_str() : f.heldByRoot.c_str());
    } else if (g.kind == GraphNode::Kind::Group) {
      ImGui::SetTooltip("%u more objects of type %s are not drawn\n(see the Summary tab)", g.count, g.title.c_str());
    } else {
      ImGui::SetTooltip("root: %s (%s)", g.title.c_str(), g.detail.c_str());
    }
  }
  ImGui::End();
}

}  // namespace heapscope
