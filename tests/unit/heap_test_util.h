// Helpers for the heap unit tests: a tiny type factory building Type
// structs directly (the heap reads only Type's plain fields), and roots.
#pragma once
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "heap/heap.h"
#include "heap/type_rep.h"
#include "types/types.h"

namespace heapscope::heaptest {

class Types {
 public:
  const Type* basic(TypeKind k) {
    Type& t = make();
    t.kind = k;
    return &t;
  }
  const Type* intT() { return cached(intT_, TypeKind::Int); }
  const Type* stringT() { return cached(strT_, TypeKind::String); }
  const Type* float64T() { return cached(f64_, TypeKind::Float64); }
  const Type* boolT() { return cached(bool_, TypeKind::Bool); }
  const Type* any() {
    if (!any_) {
      Type& t = make();
      t.kind = TypeKind::Interface;
      any_ = &t;
    }
    return any_;
  }
  const Type* sliceOf(const Type* e) { Type& t = make(); t.kind = TypeKind::Slice; t.elem = e; return &t; }
  const Type* arrayOf(const Type* e, int64_t n) { Type& t = make(); t.kind = TypeKind::Array; t.elem = e; t.len = n; return &t; }
  const Type* pointerTo(const Type* e) { Type& t = make(); t.kind = TypeKind::Pointer; t.elem = e; return &t; }
  const Type* mapOf(const Type* k, const Type* v) { Type& t = make(); t.kind = TypeKind::Map; t.key = k; t.elem = v; return &t; }
  const Type* funcT() { Type& t = make(); t.kind = TypeKind::Func; return &t; }
  const Type* structOf(std::vector<std::pair<std::string, const Type*>> fs) {
    Type& t = make();
    t.kind = TypeKind::Struct;
    for (auto& [n, ft] : fs) {
      t.fields.push_back(StructField{n, ft});
      t.fieldKinds.push_back(slotKindOf(ft));
    }
    return &t;
  }
  // A named type whose underlying is set later (for recursive types).
  Type* named(const std::string& name, const Type* underlying = nullptr) {
    Type& t = make();
    t.kind = TypeKind::Named;
    t.name = name;
    t.underlyingType = underlying;
    return &t;
  }

 private:
  std::deque<Type> all_;
  const Type *intT_ = nullptr, *strT_ = nullptr, *f64_ = nullptr, *bool_ = nullptr, *any_ = nullptr;
  Type& make() { return all_.emplace_back(); }
  const Type* cached(const Type*& slot, TypeKind k) {
    if (!slot) slot = basic(k);
    return slot;
  }
};

class VecRoots : public RootSource {
 public:
  std::vector<Object*> roots;
  void forEachRoot(const std::function<void(Object*, const std::string&)>& fn) override {
    for (size_t i = 0; i < roots.size(); i++) fn(roots[i], "root" + std::to_string(i));
  }
};

// Collects edges of one object.
struct EdgeList : RefVisitor {
  std::vector<std::pair<Object*, std::string>> edges;
  explicit EdgeList(bool labels = true) { wantLabels = labels; }
  void visit(Object* t, const std::string& l) override { edges.emplace_back(t, l); }
};

inline std::vector<std::pair<Object*, std::string>> edgesOf(Object* o) {
  EdgeList e;
  forEachRef(o, e);
  return e.edges;
}

inline std::string str(Object* s) {
  if (!s) return "";
  auto* so = static_cast<StringObj*>(s);
  return std::string(so->data, static_cast<size_t>(so->len));
}

}  // namespace heapscope::heaptest
