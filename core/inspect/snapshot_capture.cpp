// takeSnapshot: copies the live heap graph into a Snapshot between two VM
// instructions (walks the all-objects list once for nodes and once through
// forEachRef for labelled edges). Nothing here mutates the heap.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <unordered_map>

#include "compile/bytecode.h"
#include "heap/heap.h"
#include "heap/map.h"
#include "inspect/capture_util.h"
#include "inspect/snapshot.h"
#include "types/types.h"

namespace heapscope {

std::string objectTypeName(Object* obj) {
  if (!obj) return "nil";
  if (obj->type) return obj->type->str(true);
  return kindWord(obj->kind);
}

std::string objectPreview(Object* obj, size_t maxChars) {
  if (!obj) return "nil";
  switch (obj->kind) {
    case ObjKind::String: {
      auto* s = static_cast<StringObj*>(obj);
      size_t len = static_cast<size_t>(s->len);
      if (len <= maxChars) return std::string(s->data, len);
      size_t cut = maxChars;
      // do not split a UTF-8 sequence
      while (cut > 0 && (static_cast<unsigned char>(s->data[cut]) & 0xC0) == 0x80) --cut;
      return std::string(s->data, cut) + "\xE2\x80\xA6";  // "…"
    }
    case ObjKind::Slice: {
      auto* s = static_cast<SliceObj*>(obj);
      return "len=" + std::to_string(s->len) + " cap=" + std::to_string(s->cap);
    }
    case ObjKind::Array:
      return "len=" + std::to_string(static_cast<ArrayObj*>(obj)->len);
    case ObjKind::Map:
      return "len=" + std::to_string(static_cast<MapObj*>(obj)->count);
    case ObjKind::Box: {
      auto* b = static_cast<BoxObj*>(obj);
      return b->dynType ? b->dynType->str(true) : std::string();
    }
    case ObjKind::Closure: {
      // Scalars captured by value live in the closure itself (no cell, so
      // no edge to show them by): "x=5 ok=true" (compile/ capturedByValue).
      auto* c = static_cast<ClosureObj*>(obj);
      const FuncProto* fn = c->fn;
      if (!fn || fn->captureByValue.empty()) return {};
      std::string out;
      for (size_t i = 0; i < fn->captureByValue.size() && i < c->ncaptures && i < fn->captures.size(); i++) {
        if (!fn->captureByValue[i]) continue;
        Slot v = c->valueSlots()[i];
        const Type* t = fn->captures[i].type ? fn->captures[i].type->underlying() : nullptr;
        char buf[40];
        if (t && t->isBoolean()) std::snprintf(buf, sizeof buf, "%s", v.u ? "true" : "false");
        else if (t && t->isFloat()) std::snprintf(buf, sizeof buf, "%g", v.f);
        else if (t && t->isUnsigned()) std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(v.u));
        else std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v.i));
        if (!out.empty()) out += ' ';
        out += fn->captures[i].name + "=" + buf;
        if (out.size() > maxChars) break;
      }
      return out;
    }
    default:
      return {};
  }
}

RootKind classifyRootLabel(std::string_view label) {
  auto has = [&](std::string_view w) { return label.find(w) != std::string_view::npos; };
  if (label.rfind("global", 0) == 0) return RootKind::Global;
  if (has("frame") || has("register") || has("local")) return RootKind::FrameSlot;
  if (has("waiter") || has("chan")) return RootKind::ChanWaiter;
  if (has("timer")) return RootKind::Timer;
  if (has("context")) return RootKind::Context;
  return RootKind::VmTemp;
}

namespace {

// Appends "len=<a>" or "len=<a> cap=<b>" without temporaries.
size_t lenCapPreview(char* buf, int64_t len, const int64_t* cap) {
  char* p = buf;
  std::memcpy(p, "len=", 4);
  p = std::to_chars(p + 4, buf + 48, len).ptr;
  if (cap) {
    std::memcpy(p, " cap=", 5);
    p = std::to_chars(p + 5, buf + 48, *cap).ptr;
  }
  return static_cast<size_t>(p - buf);
}

}  // namespace

uint32_t addLiveNode(SnapshotBuilder& b, Object* obj, size_t previewChars, TypeNameCache& typeNames,
                     uint32_t siteLimit) {
  uint32_t typeName;
  if (obj->type && obj->type == typeNames.lastType) {
    typeName = typeNames.lastName;
  } else if (auto it = typeNames.byType.find(obj->type); it != typeNames.byType.end()) {
    typeName = it->second;
  } else {
    typeName = b.intern(obj->type ? obj->type->str(true) : std::string(kindWord(obj->kind)));
    // nullptr types are shared by kinds: cache only real types
    if (obj->type) typeNames.byType.emplace(obj->type, typeName);
  }
  if (obj->type) {
    typeNames.lastType = obj->type;
    typeNames.lastName = typeName;
  }
  char buf[48];
  std::string_view preview;
  std::string long_;
  switch (obj->kind) {
    case ObjKind::String: {
      auto* s = static_cast<StringObj*>(obj);
      if (static_cast<size_t>(s->len) <= previewChars) {
        preview = std::string_view(s->data, static_cast<size_t>(s->len));
      } else {
        long_ = objectPreview(obj, previewChars);
        preview = long_;
      }
      break;
    }
    case ObjKind::Slice: {
      auto* s = static_cast<SliceObj*>(obj);
      preview = std::string_view(buf, lenCapPreview(buf, s->len, &s->cap));
      break;
    }
    case ObjKind::Array:
      preview = std::string_view(buf, lenCapPreview(buf, static_cast<ArrayObj*>(obj)->len, nullptr));
      break;
    case ObjKind::Map:
      preview = std::string_view(buf, lenCapPreview(buf, static_cast<MapObj*>(obj)->count, nullptr));
      break;
    case ObjKind::Box:
    case ObjKind::Closure:
      long_ = objectPreview(obj, previewChars);
      preview = long_;
      break;
    default:
      break;
  }
  return b.addNodeInterned(obj->id, obj->kind, typeName, obj->shallowSize, obj->refcount,
                           obj->site < siteLimit ? obj->site : 0, obj->allocStep, preview);
}

void copySites(SnapshotBuilder& b, const Heap& heap) {
  const auto& sites = heap.sites();
  for (size_t i = 1; i < sites.size(); ++i) b.addSite(sites[i].function, sites[i].line);
}

void addRuntimeGoroutines(SnapshotBuilder& b, RuntimeView& runtime,
                          const std::function<uint32_t(Object*)>& index) {
  std::vector<GoroutineInfo> views;
  runtime.describeGoroutines(views);
  for (const GoroutineInfo& v : views) {
    SnapshotGoroutine g;
    g.goid = v.goid;
    g.state = b.intern(v.state);
    g.startFunction = b.intern(v.startFunction);
    g.createdLine = v.createdLine;
    g.node = v.obj ? index(v.obj) : kNoNode;
    for (const FrameInfo& fv : v.frames) {
      SnapshotFrame f;
      f.function = b.intern(fv.function);
      f.line = fv.line;
      for (const LocalInfo& lv : fv.locals) {
        SnapshotLocal l;
        l.name = b.intern(lv.name);
        l.typeName = b.intern(lv.typeName);
        l.value = b.intern(lv.value);
        l.node = lv.obj ? index(lv.obj) : kNoNode;
        f.locals.push_back(l);
      }
      g.frames.push_back(std::move(f));
    }
    for (Object* w : v.waitsOn)
      if (uint32_t n = w ? index(w) : kNoNode; n != kNoNode) g.waitsOn.push_back(n);
    b.addGoroutine(std::move(g));
  }
}

Snapshot takeSnapshot(Heap& heap, RootSource& rootSource, RuntimeView* runtime, const CaptureOptions& o) {
  // 1. Objects in ascending id order (the list is usually in allocation
  // order or its reverse; sort only when it is neither).
  //
  // Object -> node index: Object::gcScratch is free between cycle-collector
  // passes, and a snapshot runs between instructions, never during a pass.
  // The collector counts internal references up from 0 in it, so it must be
  // 0 again when the snapshot is done (ResetScratch below; a stale index once
  // made a later runtime.GC / "GC now" free live objects). Using it avoids a million-entry hash table (random probes were the
  // capture's largest cost). A target is accepted only if objs[its index]
  // is itself, so a stale value can never alias another object.
  //
  // Objects are scattered in memory, so each pass over them costs a cache
  // miss per object: one walk records the order, checks it and numbers
  // them by list position; a descending list is then read backwards
  // (index = n - 1 - position) instead of renumbered.
  std::vector<Object*> objs;
  objs.reserve(heap.stats().liveObjects + 16);
  struct ResetScratch {
    std::vector<Object*>& objs;
    ~ResetScratch() {
      for (Object* p : objs) p->gcScratch = 0;
    }
  } resetScratch{objs};
  bool ascending = true, descending = true;
  uint64_t lastId = 0;
  for (Object* p = heap.firstObject(); p; p = p->next) {
    if (!objs.empty()) {
      ascending = ascending && lastId <= p->id;
      descending = descending && lastId >= p->id;
    }
    lastId = p->id;
    p->gcScratch = static_cast<uint32_t>(objs.size());
    objs.push_back(p);
  }
  if (!ascending) {
    std::reverse(objs.begin(), objs.end());
    if (!descending) {
      std::sort(objs.begin(), objs.end(), [](Object* a, Object* b) { return a->id < b->id; });
      for (uint32_t i = 0; i < objs.size(); ++i) objs[i]->gcScratch = i;
    }
  }
  const bool backwards = !ascending && descending;
  auto indexOf = [&objs, backwards](Object* o) -> uint32_t {
    uint32_t i = o->gcScratch;
    if (backwards) i = i < objs.size() ? static_cast<uint32_t>(objs.size() - 1 - i) : kNoNode;
    return (i < objs.size() && objs[i] == o) ? i : kNoNode;
  };

  SnapshotBuilder b;
  b.setStep(o.step);
  b.reserve(objs.size(), objs.size() * 2);
  // Sites: copy the heap's table (index-compatible: site i -> i).
  copySites(b, heap);
  const uint32_t siteLimit = static_cast<uint32_t>(heap.sites().size());

  TypeNameCache typeNames;
  for (Object* obj : objs) addLiveNode(b, obj, o.previewChars, typeNames, siteLimit);

  // 2. Edges, in node order (builder indices == positions in objs).
  struct Collect : RefVisitor {
    SnapshotBuilder* b;
    const decltype(indexOf)* lookup;
    uint32_t from = 0;
    void visit(Object* target, const std::string& label) override {
      if (!target) return;
      uint32_t to = (*lookup)(target);
      if (to != kNoNode) b->addEdge(from, to, label);
    }
  } collect;
  collect.wantLabels = o.labels;
  collect.b = &b;
  collect.lookup = &indexOf;
  for (uint32_t i = 0; i < objs.size(); ++i) {
    collect.from = i;
    forEachRef(objs[i], collect);
  }

  // 3. Roots and goroutines.
  if (runtime) {
    runtime->forEachRootRef([&](const RootRef& r) {
      if (!r.obj) return;
      uint32_t n = indexOf(r.obj);
      if (n != kNoNode) b.addRoot(n, r.label, r.kind, r.goroutine, r.frame);
    });
    addRuntimeGoroutines(b, *runtime, indexOf);
  } else {
    rootSource.forEachRoot([&](Object* obj, const std::string& label) {
      if (!obj) return;
      uint32_t n = indexOf(obj);
      if (n != kNoNode) b.addRoot(n, label, classifyRootLabel(label));
    });
  }
  return b.finish();
}

}  // namespace heapscope
