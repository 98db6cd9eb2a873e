// heapscope JSON export (schema: docs/SNAPSHOT.md) and the JSON string
// escaper shared by all exporters.
#include "inspect/export.h"
#include "inspect/export_writer.h"

namespace heapscope {

void appendJsonString(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  out.push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20 || c == 0x7f) {
            out += "\\u00";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
          } else {
            out.push_back(static_cast<char>(c));
          }
      }
      ++i;
      continue;
    }
    // Validate one UTF-8 sequence (no overlongs, no surrogates, <= U+10FFFF).
    size_t len = 0;
    uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    bool ok = len != 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (ok && ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))))
      ok = false;
    if (ok) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  out.push_back('"');
}

void exportJson(const Snapshot& s, const DominatorTree* dom, const ExportSink& sink) {
  ChunkWriter w(sink);
  w.raw("{\"format\":\"heapscope-snapshot\",\"version\":1,\"step\":");
  w.num(s.step);
  w.raw(",\n\"sites\":[");
  for (size_t i = 0; i < s.sites.size(); ++i) {
    if (i) w.ch(',');
    w.raw("{\"function\":");
    w.str(s.str(s.sites[i].function));
    w.raw(",\"line\":");
    w.snum(s.sites[i].line);
    w.ch('}');
  }
  w.raw("],\n\"objects\":[");
  for (size_t i = 0; i < s.nodeCount(); ++i) {
    if (i) w.raw(",\n");
    w.raw("{\"id\":");
    w.num(s.id[i]);
    w.raw(",\"kind\":");
    w.str(kindWord(s.kind[i]));
    w.raw(",\"type\":");
    w.str(s.typeOf(static_cast<NodeIndex>(i)));
    w.raw(",\"size\":");
    w.num(s.shallow[i]);
    w.raw(",\"refcount\":");
    w.num(s.refcount[i]);
    w.raw(",\"site\":");
    w.num(s.site[i]);
    w.raw(",\"step\":");
    w.num(s.allocStep[i]);
    std::string_view pv = s.preview(static_cast<NodeIndex>(i));
    if (!pv.empty()) {
      w.raw(",\"preview\":");
      w.str(pv);
    }
    if (dom) {
      w.raw(",\"retained\":");
      w.num(dom->retainedSize(static_cast<NodeIndex>(i)));
      w.raw(",\"reachable\":");
      w.raw(dom->reachable(static_cast<NodeIndex>(i)) ? "true" : "false");
      NodeIndex d = dom->dominatorObject(static_cast<NodeIndex>(i));
      w.raw(",\"dominator\":");
      if (d == kNoNode) w.raw("null"); else w.num(s.id[d]);
    }
    w.raw(",\"edges\":[");
    for (uint32_t e = s.edgeStart[i]; e < s.edgeStart[i + 1]; ++e) {
      if (e != s.edgeStart[i]) w.ch(',');
      w.raw("{\"to\":");
      w.num(s.id[s.edgeTo[e]]);
      w.raw(",\"label\":");
      w.str(s.str(s.edgeLabel[e]));
      w.ch('}');
    }
    w.raw("]}");
  }
  w.raw("],\n\"roots\":[");
  for (size_t r = 0; r < s.roots.size(); ++r) {
    const SnapshotRoot& root = s.roots[r];
    if (r) w.raw(",\n");
    w.raw("{\"label\":");
    w.str(s.str(root.label));
    w.raw(",\"kind\":");
    w.str(rootKindName(root.kind));
    w.raw(",\"goroutine\":");
    w.snum(root.goroutine);
    w.raw(",\"frame\":");
    w.snum(root.frame);
    w.raw(",\"to\":");
    w.num(s.id[root.node]);
    w.ch('}');
  }
  w.raw("],\n\"goroutines\":[");
  for (size_t g = 0; g < s.goroutines.size(); ++g) {
    const SnapshotGoroutine& gr = s.goroutines[g];
    if (g) w.raw(",\n");
    w.raw("{\"index\":");
    w.num(g);
    w.raw(",\"goid\":");
    w.num(gr.goid);
    w.raw(",\"state\":");
    w.str(s.str(gr.state));
    w.raw(",\"start\":");
    w.str(s.str(gr.startFunction));
    w.raw(",\"createdLine\":");
    w.snum(gr.createdLine);
    w.raw(",\"object\":");
    if (gr.node == kNoNode) w.raw("null"); else w.num(s.id[gr.node]);
    if (!gr.waitsOn.empty()) {  // ids of the channels / sync objects it is blocked on
      w.raw(",\"waitsOn\":[");
      for (size_t k = 0; k < gr.waitsOn.size(); ++k) {
        if (k) w.ch(',');
        w.num(s.id[gr.waitsOn[k]]);
      }
      w.ch(']');
    }
    if (dom) {
      w.raw(",\"retained\":");
      w.num(dom->goroutineRetained(static_cast<int>(g)));
    }
    w.raw(",\"frames\":[");
    for (size_t f = 0; f < gr.frames.size(); ++f) {
      const SnapshotFrame& fr = gr.frames[f];
      if (f) w.ch(',');
      w.raw("{\"function\":");
      w.str(s.str(fr.function));
      w.raw(",\"line\":");
      w.snum(fr.line);
      if (dom) {
        w.raw(",\"retained\":");
        w.num(dom->frameRetained(static_cast<int>(g), static_cast<int>(f)));
      }
      w.raw(",\"locals\":[");
      for (size_t l = 0; l < fr.locals.size(); ++l) {
        const SnapshotLocal& loc = fr.locals[l];
        if (l) w.ch(',');
        w.raw("{\"name\":");
        w.str(s.str(loc.name));
        w.raw(",\"type\":");
        w.str(s.str(loc.typeName));
        w.raw(",\"value\":");
        w.str(s.str(loc.value));
        w.raw(",\"object\":");
        if (loc.node == kNoNode) w.raw("null"); else w.num(s.id[loc.node]);
        w.ch('}');
      }
      w.raw("]}");
    }
    w.raw("]}");
  }
  w.raw("]}\n");
}

std::string exportJson(const Snapshot& s, const DominatorTree* dom) {
  return collectExport([&](const ExportSink& sink) { exportJson(s, dom, sink); });
}

}  // namespace heapscope
