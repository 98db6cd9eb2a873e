// JSON rendering of the App state (see state_json.h).
#include "state_json.h"

#include <imgui.h>

#include <cstdio>

#include "app.h"
#include "theme.h"
#include "version.h"

namespace heapscope {

std::string jsonQuote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

namespace {

constexpr size_t kMaxGoroutinesDumped = 50;

std::string objectJson(const HeapModel& m, NodeIndex n) {
  const Snapshot& s = *m.snap;
  std::string out = "{\"id\":" + std::to_string(s.id[n]);
  out += ",\"type\":" + jsonQuote(s.typeOf(n));
  out += ",\"kind\":" + jsonQuote(kindWord(s.kind[n]));
  out += ",\"preview\":" + jsonQuote(s.preview(n));
  out += ",\"site\":" + jsonQuote(s.siteName(s.site[n]));
  out += ",\"refcount\":" + std::to_string(s.refcount[n]);
  out += ",\"referrers\":" + std::to_string(n < m.referrers.size() ? m.referrers[n] : 0);
  out += ",\"shallow\":" + std::to_string(s.shallow[n]);
  out += ",\"retained\":" + std::to_string(m.dom.idom.empty() ? 0 : m.dom.retainedSize(n));
  return out + "}";
}

// A blocked goroutine's wait links (HeapModel::waits): `"leaked"`, and per
// object it waits on: id, type, whether anything that can run reaches it
// (wakePath), and who holds it (one retainer path per direct referrer).
std::string goroutineWaitsJson(const HeapModel& m, size_t gi) {
  const Snapshot& s = *m.snap;
  const WaitAnalysis& w = m.waits;
  if (gi >= w.ofGoroutine.size() || w.ofGoroutine[gi].empty()) return "";
  std::string out = std::string(",\"leaked\":") + (w.leaked[gi] ? "true" : "false") + ",\"waitsOn\":[";
  for (size_t k = 0; k < w.ofGoroutine[gi].size(); ++k) {
    const WaitObject& o = w.objects[w.ofGoroutine[gi][k]];
    if (k) out += ",";
    out += "{\"id\":" + std::to_string(s.id[o.node]) + ",\"type\":" + jsonQuote(s.typeOf(o.node)) +
           ",\"kind\":" + jsonQuote(kindWord(s.kind[o.node])) + ",\"reachable\":" + (o.reachable ? "true" : "false") +
           ",\"wakePath\":" + jsonQuote(o.wakePath.text) + ",\"waiters\":" + std::to_string(o.waiters.size()) +
           ",\"holders\":[";
    for (size_t h = 0; h < o.holders.size(); ++h) {
      const WaitHolder& hd = o.holders[h];
      const bool owned = hd.goroutine >= 0 && static_cast<size_t>(hd.goroutine) < s.goroutines.size();
      if (h) out += ",";
      out += "{\"path\":" + jsonQuote(hd.path.text) +
             ",\"referrer\":" + (hd.referrer != kNoNode ? std::to_string(s.id[hd.referrer]) : std::string("null")) +
             ",\"goid\":" + (owned ? std::to_string(s.goroutines[static_cast<size_t>(hd.goroutine)].goid) : "null") +
             ",\"live\":" + (hd.live ? "true" : "false") + "}";
    }
    out += "]}";
  }
  return out + "]";
}

std::string goroutinesJson(const HeapModel& m) {
  const Snapshot& s = *m.snap;
  std::string out = "[";
  for (size_t gi = 0; gi < s.goroutines.size() && gi < kMaxGoroutinesDumped; ++gi) {
    const SnapshotGoroutine& g = s.goroutines[gi];
    if (gi) out += ",";
    out += "{\"goid\":" + std::to_string(g.goid) + ",\"state\":" + jsonQuote(s.str(g.state)) +
           ",\"start\":" + jsonQuote(s.str(g.startFunction)) + ",\"frames\":[";
    for (size_t fi = 0; fi < g.frames.size(); ++fi) {
      const SnapshotFrame& f = g.frames[fi];
      if (fi) out += ",";
      out += "{\"function\":" + jsonQuote(s.str(f.function)) + ",\"line\":" + std::to_string(f.line) + ",\"locals\":[";
      for (size_t li = 0; li < f.locals.size(); ++li) {
        const SnapshotLocal& l = f.locals[li];
        if (li) out += ",";
        out += "{\"name\":" + jsonQuote(s.str(l.name)) + ",\"type\":" + jsonQuote(s.str(l.typeName)) +
               ",\"value\":" + jsonQuote(s.str(l.value)) +
               ",\"object\":" + (l.node < s.nodeCount() ? std::to_string(s.id[l.node]) : std::string("null"));
        if (l.node < s.nodeCount() && s.kind[l.node] == ObjKind::Closure) {
          HeapModel::ClosureEnv env = m.closureEnv(l.node);
          out += ",\"env\":{\"function\":" + jsonQuote(env.function) + ",\"definedIn\":" + jsonQuote(env.definedIn) +
                 ",\"returned\":" + (env.returned ? "true" : "false") + ",\"text\":" + jsonQuote(env.text) + "}";
        }
        out += "}";
      }
      out += "]}";
    }
    out += "]" + goroutineWaitsJson(m, gi) + "}";
  }
  return out + "]";
}

// Up to 10 objects whose refcount differs from their counted referrers.
std::string mismatchList(const HeapModel& m) {
  std::string out = ",\"mismatched\":[";
  size_t k = 0;
  for (NodeIndex n = 0; n < m.snap->nodeCount() && k < 10; ++n) {
    if (m.referrers[n] == m.snap->refcount[n]) continue;
    out += (k++ ? "," : "") + objectJson(m, n);
  }
  return out + "]";
}

// Objects freed since the previous pause (HeapModel::freed): counts, the
// first 20 objects and the 10 biggest (type, site) groups.
std::string freedJson(const HeapModel& m) {
  std::string out = "{\"count\":" + std::to_string(m.freedCount) + ",\"bytes\":" + std::to_string(m.freedBytes) +
                    ",\"sinceStep\":" + (m.hasFreedBaseline ? std::to_string(m.freedSinceStep) : std::string("null")) +
                    ",\"objects\":[";
  for (size_t i = 0; i < m.freed.size() && i < 20; ++i) {
    const HeapModel::FreedObject& f = m.freed[i];
    out += std::string(i ? "," : "") + "{\"id\":" + std::to_string(f.id) + ",\"type\":" + jsonQuote(f.type) +
           ",\"site\":" + jsonQuote(f.site) + ",\"bytes\":" + std::to_string(f.bytes) +
           ",\"preview\":" + jsonQuote(f.preview) + ",\"heldBy\":" + std::to_string(f.heldBy) +
           ",\"heldByLabel\":" + jsonQuote(f.heldByLabel) + ",\"heldByRoot\":" + jsonQuote(f.heldByRoot) + "}";
  }
  out += "],\"groups\":[";
  for (size_t i = 0; i < m.freedGroups.size() && i < 10; ++i) {
    const HeapModel::FreedGroup& g = m.freedGroups[i];
    out += std::string(i ? "," : "") + "{\"type\":" + jsonQuote(g.type) + ",\"site\":" + jsonQuote(g.site) +
           ",\"count\":" + std::to_string(g.count) + ",\"bytes\":" + std::to_string(g.bytes) + "}";
  }
  return out + "]}";
}

// Scale: presenter zoom, display DPI scale, device pixels per logical pixel,
// and the font as rasterised (device pixels) and as laid out (logical).
std::string viewJson() {
  char buf[200];
  const ImGuiIO& io = ImGui::GetIO();
  const float atlasPixels = io.Fonts->Fonts.empty() ? 0.0f : io.Fonts->Fonts[0]->FontSize;
  std::snprintf(buf, sizeof buf,
                "{\"zoom\":%.2f,\"displayScale\":%.2f,\"uiScale\":%.2f,\"framebufferScale\":%.2f,"
                "\"fontPixels\":%.1f,\"fontSize\":%.1f}",
                static_cast<double>(presenterZoom()), static_cast<double>(displayScale()),
                static_cast<double>(uiScale()), static_cast<double>(framebufferScale()),
                static_cast<double>(atlasPixels), static_cast<double>(atlasPixels * io.FontGlobalScale));
  return buf;
}

// Heap, selection, retainer path, graph and leak hints: what the tests check.
std::string heapJson(const App& app) {
  const HeapModel& m = app.heap();
  if (!m.snap) return ",\"heap\":null,\"selection\":null,\"whyAlive\":null";
  const Snapshot& s = *m.snap;
  std::string out = ",\"heap\":{\"step\":" + std::to_string(s.step) + ",\"objects\":" + std::to_string(s.nodeCount()) +
                    ",\"bytes\":" + std::to_string(m.summary.shallow) + ",\"roots\":" + std::to_string(s.roots.size()) +
                    ",\"refcountMismatches\":" + std::to_string(m.mismatches) + mismatchList(m) +
                    ",\"auditMismatches\":" + (m.audited ? std::to_string(m.auditMismatches) : std::string("null")) +
                    ",\"captureMs\":" + std::to_string(static_cast<int64_t>(m.captureMs)) + "}";
  out += ",\"goroutines\":" + goroutinesJson(m);
  NodeIndex sel = app.selectedNode();
  out += ",\"selection\":" + (sel < s.nodeCount() ? objectJson(m, sel) : std::string("null"));
  const RetainerPath& path = app.retainerPath();
  if (app.whyAliveShown() && sel < s.nodeCount()) {
    out += ",\"whyAlive\":{\"found\":" + std::string(path.found ? "true" : "false");
    out += ",\"path\":" + jsonQuote(path.text);
    out += ",\"root\":" + jsonQuote(path.found ? s.str(s.roots[static_cast<size_t>(path.root)].label) : "");
    out += ",\"steps\":[";
    for (size_t i = 0; i < path.steps.size(); ++i) {
      const RetainerStep& st = path.steps[i];
      if (i) out += ",";
      out += "{\"id\":" + std::to_string(s.id[st.node]) + ",\"type\":" + jsonQuote(s.typeOf(st.node)) +
             ",\"label\":" + jsonQuote(s.str(st.label)) + "}";
    }
    out += "]}";
  } else {
    out += ",\"whyAlive\":null";
  }
  const GraphLayout& g = app.graph();
  size_t onPath = 0, pathEdges = 0;
  for (const GraphNode& n : g.nodes)
    if (n.flags & kGraphOnPath) ++onPath;
  for (const GraphEdge& e : g.edges)
    if (e.onPath) ++pathEdges;
  out += ",\"graph\":{\"nodes\":" + std::to_string(g.nodes.size()) + ",\"edges\":" + std::to_string(g.edges.size()) +
         ",\"objectsShown\":" + std::to_string(g.shownObjects) + ",\"pathNodes\":" + std::to_string(onPath) +
         ",\"pathEdges\":" + std::to_string(pathEdges) +
         ",\"freedShown\":" + std::to_string(g.shownFreed) + "}";
  out += ",\"leaks\":{\"pins\":[";
  for (size_t i = 0; i < m.pins.size(); ++i) {
    if (i) out += ",";
    out += "{\"slice\":" + std::to_string(s.id[m.pins[i].slice]) + ",\"array\":" + std::to_string(s.id[m.pins[i].array]) +
           ",\"bytes\":" + std::to_string(s.shallow[m.pins[i].array]) + "}";
  }
  out += "],\"unreachableGroups\":" + std::to_string(m.garbage.groups.size());
  size_t blocked = 0;
  for (const GoroutineRetention& r : m.retention)
    if (r.state != "running" && r.state != "runnable" && r.state != "dead") ++blocked;
  out += ",\"blockedGoroutines\":" + std::to_string(blocked);
  out += ",\"leakedGoroutines\":" + std::to_string(m.waits.leakedCount);
  out += ",\"growingSites\":" + std::to_string(m.suspects.size()) + "}";
  out += ",\"summaryTop\":[";
  for (size_t i = 0; i < m.summary.byType.size() && i < 5; ++i) {
    const SummaryRow& r = m.summary.byType[i];
    if (i) out += ",";
    out += "{\"type\":" + jsonQuote(r.name) + ",\"count\":" + std::to_string(r.count) +
           ",\"retained\":" + std::to_string(r.retained) + "}";
  }
  return out + "]";
}

}  // namespace

std::string appStateJson(const App& app) {
  std::string out = "{";
  out += "\"frame\":" + std::to_string(app.frames());
  out += ",\"status\":" + jsonQuote(appStatusName(app.status()));
  out += ",\"steps\":" + std::to_string(app.steps());
  out += ",\"exitCode\":" + std::to_string(app.exitCode());
  out += ",\"line\":" + std::to_string(app.currentLine());
  out += ",\"version\":" + jsonQuote(guiVersion());
  out += ",\"seed\":" + std::to_string(app.runSeed());
  out += ",\"nextSeed\":" + std::to_string(app.seed());
  out += ",\"gc\":" + jsonQuote(app.gcMessage());
  out += ",\"file\":" + jsonQuote(app.fileName());
  out += ",\"filePath\":" + jsonQuote(app.filePath());
  out += ",\"fileMessage\":" + jsonQuote(app.fileMessage());
  out += ",\"console\":" + jsonQuote(app.console().text());
  out += ",\"stdout\":" + jsonQuote(app.console().text(1));
  out += ",\"stderr\":" + jsonQuote(app.console().text(2));
  out += ",\"theme\":" + jsonQuote(themeName(currentTheme()));
  out += ",\"view\":" + viewJson();
  out += ",\"stopReason\":" + jsonQuote(app.stopReason());
  out += ",\"seeking\":" + std::string(app.seeking() ? "true" : "false");
  out += ",\"maxStep\":" + std::to_string(app.maxStepReached());
  out += ",\"changes\":{\"fresh\":" + std::to_string(app.heap().freshCount) +
         ",\"changed\":" + std::to_string(app.heap().changedCount) +
         ",\"rcMoved\":" + std::to_string(app.heap().rcMovedCount) +
         ",\"freed\":" + std::to_string(app.heap().freedCount) + "}";
  out += ",\"freed\":" + freedJson(app.heap());
  out += ",\"pausedGoroutine\":" + std::to_string(app.pausedGoroutine());
  out += ",\"breakpoints\":[";
  for (size_t i = 0; i < app.config().breakLines.size(); ++i)
    out += (i ? "," : "") + std::to_string(app.config().breakLines[i]);
  out += "],\"stops\":[";
  for (size_t i = 0; i < app.stops().size(); ++i) {
    const App::Stop& st = app.stops()[i];
    out += std::string(i ? "," : "") + "{\"reason\":" + jsonQuote(st.reason) + ",\"line\":" + std::to_string(st.line) +
           ",\"goroutine\":" + std::to_string(st.goroutine) + ",\"steps\":" + std::to_string(st.steps) + "}";
  }
  out += "],\"diagnostics\":[";
  for (size_t i = 0; i < app.diagnostics().size(); ++i) {
    const Diagnostic& d = app.diagnostics()[i];
    out += std::string(i ? "," : "") + "{\"line\":" + std::to_string(d.line) + ",\"col\":" + std::to_string(d.col) +
           ",\"message\":" + jsonQuote(d.message) + "}";
  }
  out += "]";
  const EditorPanelState& ed = app.editorState();
  out += ",\"editor\":{\"source\":" + jsonQuote(app.source()) + ",\"cursorLine\":" + std::to_string(ed.cursorLine) +
         ",\"find\":{\"open\":" + (ed.findOpen ? "true" : "false") + ",\"query\":" + jsonQuote(ed.findQuery) +
         ",\"matches\":" + std::to_string(ed.findMatches) + ",\"current\":" + std::to_string(ed.findCurrent) +
         ",\"line\":" + std::to_string(ed.findLine) + "}}";
  out += heapJson(app);
  out += "}";
  return out;
}

}  // namespace heapscope
