// HeapModel capture and analyses (see heap_model.h).
#include "heap_model.h"

#include <algorithm>
#include <chrono>
#include <cctype>
#include <charconv>

#include "api/session.h"
#include "inspect/vm_view.h"
#include "vm/vm.h"

namespace heapscope {

namespace {

// Snapshot of a live session, roots classified by the VM's view.
Snapshot snapshotOf(Session& session) {
  Vm* vm = session.vm();
  VmRuntimeView view(*vm);
  CaptureOptions options;
  options.step = vm->steps();
  return takeSnapshot(vm->heap(), *vm, &view, options);
}

// "len=4 cap=1048576" -> (4, 1048576).
bool parseLenCap(std::string_view preview, uint64_t& len, uint64_t& cap) {
  if (preview.rfind("len=", 0) != 0) return false;
  const char* p = preview.data() + 4;
  const char* end = preview.data() + preview.size();
  auto r = std::from_chars(p, end, len);
  if (r.ec != std::errc() || end - r.ptr < 5 || std::string_view(r.ptr, 5) != " cap=") return false;
  return std::from_chars(r.ptr + 5, end, cap).ec == std::errc();
}

constexpr size_t kTopRetainers = 8;
constexpr uint32_t kMinPinnedBytes = 4096;

}  // namespace

void HeapModel::findLeakHints(const Snapshot& s) {
  topRetainers.clear();
  pins.clear();
  const size_t n = s.nodeCount();
  for (NodeIndex i = 0; i < n; ++i) {
    if (!dom.reachable(i) || dom.dominatorObject(i) != kNoNode) continue;
    topRetainers.push_back(i);
  }
  auto byRetained = [&](NodeIndex a, NodeIndex b) { return dom.retainedSize(a) > dom.retainedSize(b); };
  if (topRetainers.size() > kTopRetainers) {
    std::partial_sort(topRetainers.begin(), topRetainers.begin() + kTopRetainers, topRetainers.end(), byRetained);
    topRetainers.resize(kTopRetainers);
  } else {
    std::sort(topRetainers.begin(), topRetainers.end(), byRetained);
  }
  for (NodeIndex i = 0; i < n; ++i) {
    if (s.kind[i] != ObjKind::Slice) continue;
    uint64_t len = 0, cap = 0;
    if (!parseLenCap(s.preview(i), len, cap)) continue;
    for (uint32_t e = s.edgeStart[i]; e < s.edgeStart[i + 1]; ++e) {
      NodeIndex a = s.edgeTo[e];
      if (s.kind[a] != ObjKind::Array || s.shallow[a] < kMinPinnedBytes) continue;
      // The slice can see at most `len` elements of a backing array many
      // times larger: the rest is kept alive for nothing.
      uint64_t arrayLen = 0;
      std::string_view ap = s.preview(a);
      if (ap.rfind("len=", 0) != 0 ||
          std::from_chars(ap.data() + 4, ap.data() + ap.size(), arrayLen).ec != std::errc())
        continue;
      if (len * 16 <= arrayLen) pins.push_back(Pin{i, a, len, cap});
    }
  }
}

void HeapModel::clear() {
  *this = HeapModel();
}

void HeapModel::capture(Session& session, bool audit) {
  if (!session.vm()) return;
  auto t0 = std::chrono::steady_clock::now();
  // The audit first: it also frees objects already dropped (drainFrees), so
  // the snapshot shows only what is really alive.
  audited = audit;
  auditMismatches = audit ? session.audit().size() : 0;
  setSnapshot(snapshotOf(session));
  noteFreedSincePause(audit);
  closureFunction.clear();
  for (const Object* o = session.vm()->heap().firstObject(); o; o = o->next)
    if (o->kind == ObjKind::Closure) {
      const FuncProto* fn = static_cast<const ClosureObj*>(o)->fn;
      if (fn) closureFunction.emplace(o->id, fn->name);
    }
  captureMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void HeapModel::setSnapshot(Snapshot snapshot) {
  if (snap) {
    prevIds = snap->id;  // ascending already
    prevRefcounts = snap->refcount;
    prevSignatures = signatures_;
  }
  auto s = std::make_shared<Snapshot>(std::move(snapshot));
  const size_t n = s->nodeCount();
  dom = computeDominators(*s);
  summary = summarize(*s, &dom);
  garbage = findUnreachable(*s);
  retention = goroutineRetention(*s, dom);
  waits = analyzeWaits(*s);
  growth.addSample(*s);
  suspects = growth.suspects();
  distance = rootDistances(*s);

  referrers.assign(n, 0);
  for (NodeIndex to : s->edgeTo) ++referrers[to];
  for (const SnapshotRoot& r : s->roots)
    if (r.node < n) ++referrers[r.node];
  mismatches = 0;
  for (size_t i = 0; i < n; ++i)
    if (referrers[i] != s->refcount[i]) ++mismatches;

  // Contents signature per node: its short value and its outgoing edges
  // (label and target id), so an assigned field shows as a change. Labels
  // are hashed by text (string-table indices differ between snapshots), each
  // distinct label once: hashing per edge was ~6 ms of a 100 000-object
  // capture.
  std::vector<uint64_t> labelHash(s->strings.size(), 0);
  for (size_t k = 1; k < labelHash.size(); ++k) labelHash[k] = std::hash<std::string>{}(s->strings[k]);
  signatures_.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = 1469598103934665603ull;
    auto mix = [&h](uint64_t v) { h = (h ^ v) * 1099511628211ull; };
    for (char c : s->preview(static_cast<NodeIndex>(i))) mix(static_cast<unsigned char>(c));
    for (uint32_t e = s->edgeStart[i]; e < s->edgeStart[i + 1]; ++e) {
      mix(s->id[s->edgeTo[e]]);
      mix(labelHash[s->edgeLabel[e]]);
    }
    signatures_[i] = h;
  }
  fresh.assign(n, 0);
  rcBefore.assign(n, kNoPrevRefcount);
  changed.assign(n, 0);
  rcMovedCount = changedCount = freshCount = 0;
  if (!prevIds.empty()) {
    size_t j = 0;
    for (size_t i = 0; i < n; ++i) {
      while (j < prevIds.size() && prevIds[j] < s->id[i]) ++j;
      fresh[i] = (j >= prevIds.size() || prevIds[j] != s->id[i]) ? 1 : 0;
      if (fresh[i]) {
        ++freshCount;
        continue;
      }
      rcBefore[i] = j < prevRefcounts.size() ? prevRefcounts[j] : kNoPrevRefcount;
      if (rcBefore[i] != s->refcount[i]) ++rcMovedCount;
      if (j < prevSignatures.size() && prevSignatures[j] != signatures_[i]) {
        changed[i] = 1;
        ++changedCount;
      }
    }
  }
  findLeakHints(*s);
  if (history.size() >= kMaxSamples) {
    size_t kept = 0;
    for (size_t i = 0; i < history.size(); i += 2) history[kept++] = history[i];
    history.resize(kept);
  }
  history.push_back(Sample{s->step, n, summary.shallow, s->goroutines.size()});
  snap = std::move(s);
  ++version;
}

namespace {
// HeapModel::displayType for any snapshot (freed objects live only in an older one).
std::string displayTypeIn(const Snapshot& s, NodeIndex n) {
  const std::string& type = s.typeOf(n);
  std::string_view preview = s.preview(n);
  if (s.kind[n] == ObjKind::Cell) return "cell " + type;
  if (s.kind[n] == ObjKind::Array && type.rfind("[]", 0) == 0 && preview.rfind("len=", 0) == 0)
    return "[" + std::string(preview.substr(4)) + "]" + type.substr(2);
  return type;
}
}  // namespace

void HeapModel::noteFreedSincePause(bool pauseCapture) {
  freed.clear();
  freedGroups.clear();
  freedCount = 0;
  freedBytes = 0;
  hasFreedBaseline = false;
  if (!pauseCapture || !snap) return;
  if (lastPause_ && lastPause_->step != snap->step) pauseBaseline_ = lastPause_;
  lastPause_ = snap;
  if (!pauseBaseline_ || pauseBaseline_->step >= snap->step) return;
  hasFreedBaseline = true;
  const Snapshot& before = *pauseBaseline_;
  const Snapshot& now = *snap;
  freedSinceStep = before.step;
  // Both id lists ascend: one merge finds the ids that are gone.
  const size_t n = before.nodeCount();
  std::vector<uint8_t> gone(n, 0), survives(n, 0);
  size_t j = 0;
  for (NodeIndex i = 0; i < n; ++i) {
    while (j < now.nodeCount() && now.id[j] < before.id[i]) ++j;
    if (j < now.nodeCount() && now.id[j] == before.id[i]) survives[i] = 1;
    else gone[i] = 1;
  }
  // Its referrer at the previous pause: a surviving one if any.
  std::vector<uint32_t> referrerEdge(n, UINT32_MAX);
  std::vector<NodeIndex> referrer(n, kNoNode);
  for (NodeIndex v = 0; v < n; ++v)
    for (uint32_t e = before.edgeStart[v]; e < before.edgeStart[v + 1]; ++e) {
      NodeIndex w = before.edgeTo[e];
      if (!gone[w] || (referrer[w] != kNoNode && survives[referrer[w]])) continue;
      referrer[w] = v;
      referrerEdge[w] = e;
    }
  std::unordered_map<std::string, size_t> groupIndex;  // "type\0site"
  for (NodeIndex i = 0; i < n; ++i) {
    if (!gone[i]) continue;
    ++freedCount;
    freedBytes += before.shallow[i];
    const std::string type = displayTypeIn(before, i);
    const std::string site = before.siteName(before.site[i]);
    const int line = before.site[i] < before.sites.size() ? before.sites[before.site[i]].line : 0;
    auto [it, added] = groupIndex.emplace(type + '\0' + site, freedGroups.size());
    if (added) freedGroups.push_back(FreedGroup{type, site, line, 0, 0});
    FreedGroup& g = freedGroups[it->second];
    ++g.count;
    g.bytes += before.shallow[i];
    if (freed.size() >= kMaxFreedListed) continue;
    FreedObject f;
    f.id = before.id[i];
    f.type = type;
    f.site = site;
    f.siteLine = line;
    f.preview = std::string(before.preview(i));
    f.bytes = before.shallow[i];
    if (referrer[i] != kNoNode) {
      f.heldBy = before.id[referrer[i]];
      f.heldByLabel = before.str(before.edgeLabel[referrerEdge[i]]);
    } else {
      for (const SnapshotRoot& r : before.roots)
        if (r.node == i) {
          f.heldByRoot = before.str(r.label);
          break;
        }
    }
    freed.push_back(std::move(f));
  }
  std::sort(freedGroups.begin(), freedGroups.end(), [](const FreedGroup& a, const FreedGroup& b) {
    return a.bytes != b.bytes ? a.bytes > b.bytes : a.count > b.count;
  });
}

NodeIndex HeapModel::findByQuery(std::string_view query) const {
  if (!snap || query.empty()) return kNoNode;
  const Snapshot& s = *snap;
  // Go spells byte and rune as uint8 and int32 in type names.
  std::string normalised;
  for (size_t i = 0; i < query.size();) {
    auto word = [&](std::string_view w) {
      bool edge = i + w.size() == query.size() || !std::isalnum(static_cast<unsigned char>(query[i + w.size()]));
      bool start = i == 0 || !std::isalnum(static_cast<unsigned char>(query[i - 1]));
      return start && edge && query.substr(i, w.size()) == w;
    };
    if (word("byte")) {
      normalised += "uint8";
      i += 4;
    } else if (word("rune")) {
      normalised += "int32";
      i += 4;
    } else {
      normalised += query[i++];
    }
  }
  if (normalised != query) {
    NodeIndex n = findByQuery(normalised);
    if (n != kNoNode) return n;
  }
  if (query[0] == '#') {
    uint64_t id = 0;
    auto res = std::from_chars(query.data() + 1, query.data() + query.size(), id);
    return res.ec == std::errc() ? s.findId(id) : kNoNode;
  }
  // Which sites match (exactly "f:line", or by function name).
  std::vector<uint8_t> siteMatch(s.sites.size(), 0);
  for (size_t i = 1; i < s.sites.size(); ++i) {
    if (s.siteName(static_cast<uint32_t>(i)) == query || s.str(s.sites[i].function) == query)
      siteMatch[i] = 1;
  }
  NodeIndex best = kNoNode;
  uint64_t bestRetained = 0;
  for (NodeIndex i = 0; i < s.nodeCount(); ++i) {
    bool match = s.typeOf(i) == query || (s.site[i] < siteMatch.size() && siteMatch[s.site[i]]);
    if (!match) continue;
    uint64_t r = dom.retained.empty() ? s.shallow[i] : dom.retainedSize(i);
    if (best == kNoNode || r > bestRetained) {
      best = i;
      bestRetained = r;
    }
  }
  return best;
}

std::string HeapModel::displayType(NodeIndex n) const {
  if (!snap || n >= snap->nodeCount()) return "?";
  // A captured or address-taken variable says so: its type alone reads as the value's.
  return displayTypeIn(*snap, n);
}

std::string HeapModel::nodeTitle(NodeIndex n) const {
  if (!snap || n >= snap->nodeCount()) return "?";
  return displayType(n) + " #" + std::to_string(snap->id[n]);
}

namespace {

// "main.makeCounter.func1" -> "main.makeCounter"; "main.main.func1.2" ->
// "main.main.func1" (Go names a closure after the function that contains it).
std::string enclosingFunction(const std::string& name) {
  size_t dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0) return {};
  std::string_view last(name.c_str() + dot + 1);
  bool closureSuffix = last.rfind("func", 0) == 0 || (!last.empty() && std::isdigit(static_cast<unsigned char>(last[0])));
  return closureSuffix ? name.substr(0, dot) : std::string();
}

}  // namespace

HeapModel::ClosureEnv HeapModel::closureEnv(NodeIndex closure) const {
  ClosureEnv env;
  if (!snap || closure >= snap->nodeCount() || snap->kind[closure] != ObjKind::Closure) return env;
  const Snapshot& s = *snap;
  const uint64_t id = s.id[closure];
  if (auto it = closureFunction.find(id); it != closureFunction.end()) env.function = it->second;
  env.definedIn = enclosingFunction(env.function);
  // Its captured variables (cells; by-value captures are copies, no cell).
  std::vector<NodeIndex> cells;
  for (uint32_t e = s.edgeStart[closure]; e < s.edgeStart[closure + 1]; ++e)
    if (s.kind[s.edgeTo[e]] == ObjKind::Cell) cells.push_back(s.edgeTo[e]);
  for (NodeIndex c : cells)
    if (referrers[c] > 1) env.otherHolders += referrers[c] - 1;
  // A live frame of the defining function holding one of those cells shares
  // the environment; one without shared cells only gave the closure copies.
  bool definerRunning = false;
  for (const SnapshotGoroutine& g : s.goroutines) {
    for (const SnapshotFrame& f : g.frames) {
      if (env.definedIn.empty() || s.str(f.function) != env.definedIn) continue;
      definerRunning = true;
      for (const SnapshotLocal& l : f.locals)
        if (l.node != kNoNode && std::find(cells.begin(), cells.end(), l.node) != cells.end())
          env.liveGoroutine = g.goid;
      if (env.liveGoroutine) break;
    }
    if (env.liveGoroutine) break;
  }
  const std::string name = env.function.empty() ? std::string("closure") : env.function;
  if (env.liveGoroutine) {
    env.text = "env of " + name + ", shared with the live frame " + env.definedIn + " (goroutine " +
               std::to_string(env.liveGoroutine) + ")";
  } else if (definerRunning && cells.empty()) {
    env.text = "env of " + name + ": values copied from " + env.definedIn + " (still running)";
  } else {
    env.returned = true;
    env.text = "env of " + name + ", returned, held by closure #" + std::to_string(id);
    if (env.otherHolders)
      env.text += " and " + std::to_string(env.otherHolders) + " other reference" + (env.otherHolders == 1 ? "" : "s");
  }
  return env;
}

}  // namespace heapscope
