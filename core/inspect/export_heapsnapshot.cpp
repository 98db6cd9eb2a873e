// Chrome DevTools .heapsnapshot export (format of V8's HeapSnapshotJSONSerializer:
// flat `nodes`/`edges` integer arrays described by `snapshot.meta`, a
// `strings` table, `to_node` as an offset into `nodes`). Layout in export.h.
#include <string>
#include <unordered_map>
#include <vector>

#include "inspect/export.h"
#include "inspect/export_writer.h"
#include "inspect/retainers.h"

namespace heapscope {

namespace {

// Indices into meta.node_types[0] / meta.edge_types[0] below.
enum NodeType : uint8_t { NtHidden = 0, NtArray = 1, NtString = 2, NtObject = 3, NtClosure = 5, NtNative = 8, NtSynthetic = 9 };
enum EdgeType : uint8_t { EtElement = 1, EtProperty = 2, EtInternal = 3, EtHidden = 4 };
constexpr uint32_t kNodeFields = 7;

const char* kMeta =
    "{\"snapshot\":{\"meta\":{"
    "\"node_fields\":[\"type\",\"name\",\"id\",\"self_size\",\"edge_count\",\"trace_node_id\",\"detachedness\"],"
    "\"node_types\":[[\"hidden\",\"array\",\"string\",\"object\",\"code\",\"closure\",\"regexp\",\"number\","
    "\"native\",\"synthetic\",\"concatenated string\",\"sliced string\",\"symbol\",\"bigint\",\"object shape\"],"
    "\"string\",\"number\",\"number\",\"number\",\"number\",\"number\"],"
    "\"edge_fields\":[\"type\",\"name_or_index\",\"to_node\"],"
    "\"edge_types\":[[\"context\",\"element\",\"property\",\"internal\",\"hidden\",\"shortcut\",\"weak\"],"
    "\"string_or_number\",\"node\"],"
    "\"trace_function_info_fields\":[\"function_id\",\"name\",\"script_name\",\"script_id\",\"line\",\"column\"],"
    "\"trace_node_fields\":[\"id\",\"function_info_index\",\"count\",\"size\",\"children\"],"
    "\"sample_fields\":[\"timestamp_us\",\"last_assigned_id\"],"
    "\"location_fields\":[\"object_index\",\"script_id\",\"line\",\"column\"]},";

uint8_t nodeTypeOf(ObjKind k) {
  switch (k) {
    case ObjKind::String: return NtString;
    case ObjKind::Array:
    case ObjKind::Slice: return NtArray;
    case ObjKind::Closure: return NtClosure;
    case ObjKind::Native: return NtNative;
    default: return NtObject;
  }
}

// "[12]" -> 12; else -1.
int64_t elementIndex(const std::string& l) {
  if (l.size() < 3 || l.front() != '[' || l.back() != ']' || l.size() > 20) return -1;
  int64_t v = 0;
  for (size_t i = 1; i + 1 < l.size(); ++i) {
    if (l[i] < '0' || l[i] > '9') return -1;
    v = v * 10 + (l[i] - '0');
  }
  return v;
}

bool identifierLabel(const std::string& l) {
  if (l.empty() || (l[0] >= '0' && l[0] <= '9')) return false;
  for (char c : l)
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          static_cast<unsigned char>(c) >= 0x80))
      return false;
  return true;
}

class StringTable {
 public:
  explicit StringTable(const Snapshot& s) : snap_(s), fromSnap_(s.strings.size(), -1) {}
  uint32_t snap(uint32_t idx) {
    if (fromSnap_[idx] < 0) fromSnap_[idx] = static_cast<int32_t>(add(snap_.strings[idx]));
    return static_cast<uint32_t>(fromSnap_[idx]);
  }
  uint32_t add(std::string_view s) {
    auto it = index_.find(std::string(s));
    if (it != index_.end()) return it->second;
    uint32_t i = static_cast<uint32_t>(list_.size());
    list_.emplace_back(s);
    index_.emplace(list_.back(), i);
    return i;
  }
  // Without de-duplication: string objects' contents are mostly unique, and
  // V8's format allows repeated strings.
  uint32_t append(std::string_view s) {
    list_.emplace_back(s);
    return static_cast<uint32_t>(list_.size() - 1);
  }
  const std::vector<std::string>& list() const { return list_; }

 private:
  const Snapshot& snap_;
  std::vector<int32_t> fromSnap_;
  std::vector<std::string> list_;
  std::unordered_map<std::string, uint32_t> index_;
};

struct OutEdge {
  uint8_t type;
  uint32_t nameOrIndex;
  uint32_t toNode;  // node index in the export
};

}  // namespace

void exportHeapSnapshot(const Snapshot& s, const ExportSink& sink) {
  const uint32_t G = static_cast<uint32_t>(s.goroutines.size());
  std::vector<uint32_t> frameNode(G + 1, 0);
  const uint32_t kGlobals = 1, kRuntime = 2, kFirstG = 3;
  uint32_t next = kFirstG + G;
  for (uint32_t g = 0; g < G; ++g) {
    frameNode[g] = next;
    next += static_cast<uint32_t>(s.goroutines[g].frames.size());
  }
  frameNode[G] = next;
  const uint32_t kUnreachable = next;
  const uint32_t base = kUnreachable + 1;  // first object node
  const uint32_t total = base + static_cast<uint32_t>(s.nodeCount());

  StringTable strings(s);
  strings.add("");

  // Synthetic nodes' edges, grouped per synthetic node.
  std::vector<std::vector<OutEdge>> synth(base);
  std::vector<std::string> synthName(base);
  synthName[0] = "(root)";
  synthName[kGlobals] = "(globals)";
  synthName[kRuntime] = "(runtime roots)";
  synthName[kUnreachable] = "(unreachable)";
  synth[0].push_back({EtElement, 0, kGlobals});
  synth[0].push_back({EtElement, 1, kRuntime});
  for (uint32_t g = 0; g < G; ++g) {
    const SnapshotGoroutine& gr = s.goroutines[g];
    std::string name = "(goroutine " + std::to_string(gr.goid ? gr.goid : g + 1);
    if (gr.state) name += " [" + s.str(gr.state) + "]";
    if (gr.startFunction) name += " " + s.str(gr.startFunction);
    synthName[kFirstG + g] = name + ")";
    synth[0].push_back({EtElement, 2 + g, kFirstG + g});
    for (uint32_t f = 0; f < gr.frames.size(); ++f) {
      const SnapshotFrame& fr = gr.frames[f];
      std::string fn = fr.function ? s.str(fr.function) : std::string("?");
      synthName[frameNode[g] + f] = "(frame " + fn + ":" + std::to_string(fr.line) + ")";
      synth[kFirstG + g].push_back({EtElement, f, frameNode[g] + f});
    }
    if (gr.node != kNoNode) synth[kFirstG + g].push_back({EtInternal, strings.add("goroutine"), base + gr.node});
  }
  synth[0].push_back({EtElement, 2 + G, kUnreachable});
  for (const SnapshotRoot& r : s.roots) {
    uint32_t from;
    if (r.goroutine >= 0 && static_cast<uint32_t>(r.goroutine) < G) {
      const auto& frames = s.goroutines[r.goroutine].frames;
      from = (r.frame >= 0 && static_cast<size_t>(r.frame) < frames.size()) ? frameNode[r.goroutine] + r.frame
                                                                            : kFirstG + r.goroutine;
    } else {
      from = r.kind == RootKind::Global ? kGlobals : kRuntime;
    }
    uint32_t name = r.label ? strings.snap(r.label) : strings.add(rootKindName(r.kind));
    synth[from].push_back({EtProperty, name, base + r.node});
  }
  std::vector<int32_t> dist = rootDistances(s);
  uint32_t hiddenIndex = 0;
  for (uint32_t i = 0; i < s.nodeCount(); ++i)
    if (dist[i] < 0) synth[kUnreachable].push_back({EtHidden, hiddenIndex++, base + i});

  // Edge classification of object edges, computed once per label string.
  std::vector<int64_t> labelElem(s.strings.size(), -2);  // -2 unknown, -1 not element
  std::vector<uint8_t> labelType(s.strings.size(), 0);
  auto classify = [&](uint32_t label, uint8_t& type, uint32_t& nameOrIndex) {
    if (labelElem[label] == -2) {
      const std::string& l = s.strings[label];
      labelElem[label] = elementIndex(l);
      labelType[label] = labelElem[label] >= 0 ? EtElement : identifierLabel(l) ? EtProperty : EtInternal;
    }
    type = labelType[label];
    nameOrIndex = type == EtElement ? static_cast<uint32_t>(labelElem[label]) : strings.snap(label);
  };

  ChunkWriter w(sink);
  w.raw(kMeta);
  w.raw("\"node_count\":");
  w.num(total);
  w.raw(",\"edge_count\":");
  uint64_t edgeTotal = s.edgeCount();
  for (const auto& v : synth) edgeTotal += v.size();
  w.num(edgeTotal);
  w.raw(",\"trace_function_count\":0},\n\"nodes\":[");

  // nodes
  for (uint32_t v = 0; v < base; ++v) {
    if (v) w.ch(',');
    w.num(NtSynthetic);
    w.ch(',');
    w.num(strings.add(synthName[v]));
    w.ch(',');
    w.num(v == 0 ? 1 : 2 * v);  // root id 1; other synthetic nodes small even ids
    w.raw(",0,");
    w.num(synth[v].size());
    w.raw(",0,0\n");
  }
  for (uint32_t i = 0; i < s.nodeCount(); ++i) {
    w.ch(',');
    uint8_t t = nodeTypeOf(s.kind[i]);
    w.num(t);
    w.ch(',');
    if (t == NtString) w.num(strings.append(s.preview(i)));
    else w.num(strings.snap(s.typeName[i]));
    w.ch(',');
    w.num(2 * s.id[i] + 1);
    w.ch(',');
    w.num(s.shallow[i]);
    w.ch(',');
    w.num(s.edgeStart[i + 1] - s.edgeStart[i]);
    w.raw(",0,0\n");
  }
  w.raw("],\n\"edges\":[");
  bool first = true;
  auto edge = [&](uint8_t type, uint32_t nameOrIndex, uint32_t to) {
    if (!first) w.ch(',');
    first = false;
    w.num(type);
    w.ch(',');
    w.num(nameOrIndex);
    w.ch(',');
    w.num(static_cast<uint64_t>(to) * kNodeFields);
    w.ch('\n');
  };
  for (uint32_t v = 0; v < base; ++v)
    for (const OutEdge& e : synth[v]) edge(e.type, e.nameOrIndex, e.toNode);
  for (uint32_t i = 0; i < s.nodeCount(); ++i) {
    for (uint32_t e = s.edgeStart[i]; e < s.edgeStart[i + 1]; ++e) {
      uint8_t type;
      uint32_t name;
      classify(s.edgeLabel[e], type, name);
      edge(type, name, base + s.edgeTo[e]);
    }
  }
  w.raw("],\n\"trace_function_infos\":[],\"trace_tree\":[],\"samples\":[],\"locations\":[],\n\"strings\":[");
  const auto& list = strings.list();
  for (size_t k = 0; k < list.size(); ++k) {
    if (k) w.raw(",\n");
    w.str(list[k]);
  }
  w.raw("]}\n");
}

std::string exportHeapSnapshot(const Snapshot& s) {
  return collectExport([&](const ExportSink& sink) { exportHeapSnapshot(s, sink); });
}

}  // namespace heapscope
