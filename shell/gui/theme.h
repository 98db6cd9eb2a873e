// Light and dark themes: the ImGui style plus the colours the custom-drawn
// panels use (heap graph nodes, badges, the retainer-path highlight), so the
// graph stays readable on a projector (light) as well as on a screen (dark).
#pragma once
#include <cstdint>

namespace heapscope {

enum class ThemeKind : uint8_t { Dark, Light };

// Colours are ImU32 (IM_COL32 layout, ABGR) so this header needs no imgui.h.
struct Palette {
  uint32_t background;     // GL clear colour behind all windows
  uint32_t canvas;         // heap graph background
  uint32_t gridLine;
  uint32_t nodeFill, nodeBorder, nodeText, nodeSubtext;
  uint32_t rootFill, rootText;
  uint32_t groupFill;      // collapsed group of objects
  uint32_t edge, edgeLabel;
  uint32_t selected;       // selection outline
  uint32_t path;           // "why alive?" retainer path
  uint32_t unreachable;    // alive but unreachable from the roots (cyclic garbage)
  uint32_t goroutineOwned; // kept alive only by a blocked goroutine
  uint32_t fresh;          // new since the previous capture
  uint32_t badgeFill, badgeText, badgeMismatch;
  uint32_t currentLine;    // editor: the line about to execute
  uint32_t stderrText;
  uint32_t good, bad;      // "refcount == referrers" check marks
};

const Palette& palette();
ThemeKind currentTheme();
const char* themeName(ThemeKind kind);  // "dark", "light"
// Applies the ImGui style colours and makes palette() return the matching set;
// also resets the style's sizes and scales them by uiScale().
void applyTheme(ThemeKind kind);

// ---- scale: what the display needs (DPI) times the presenter zoom.
// ImGui coordinates are logical pixels; fonts are rasterised at
// uiScale() * framebufferScale() device pixels (main.cpp rebuilds the atlas
// when that changes), so text stays crisp at any zoom and on HiDPI screens.
inline constexpr float kPresenterZooms[] = {1.0f, 1.25f, 1.5f, 2.0f};
inline constexpr float kBaseFontPixels = 16.0f;  // UI font at 100%
float presenterZoom();             // 1, 1.25, 1.5 or 2
void setPresenterZoom(float zoom); // snapped to the nearest of kPresenterZooms
// Ctrl+= / Ctrl+-: the next zoom step up (+1) or down (-1).
float nextPresenterZoom(int direction);
// Desktop: display DPI / 96 (1 when the window system scales by itself);
// the browser's scaling is in the framebuffer (devicePixelRatio).
float displayScale();
void setDisplayScale(float scale);
// Device pixels per logical pixel (SDL drawable / window size).
float framebufferScale();
void setFramebufferScale(float scale);
inline float uiScale() { return presenterZoom() * displayScale(); }
// A size designed at 100% (item widths, gaps), in logical pixels now.
inline float px(float designPixels) { return designPixels * uiScale(); }

}  // namespace heapscope
