// Out-of-line helpers of the AST (ast.h): FieldList::numFields and the
// node arena.
#include "syntax/ast.h"

#include <cstdlib>

namespace heapscope {

size_t FieldList::numFields() const {
  size_t n = 0;
  for (const Field* f : list) n += f->names.empty() ? 1 : f->names.size();
  return n;
}

namespace {
constexpr size_t kBlockSize = 64 * 1024;
constexpr size_t kHeader = 8;  // holds the rounded size of the node that follows
size_t roundUp(size_t n) { return (n + 7) & ~size_t(7); }
}  // namespace

void* AstArena::allocate(size_t bytes) {
  size_t need = kHeader + roundUp(bytes);
  if (blocks_.empty() || blocks_.back().cap - blocks_.back().used < need) {
    size_t cap = need > kBlockSize ? need : kBlockSize;
    char* data = static_cast<char*>(std::malloc(cap));
    if (!data) std::abort();  // out of memory: nothing sensible to return
    blocks_.push_back(Block{data, 0, cap});
  }
  Block& b = blocks_.back();
  char* p = b.data + b.used;
  *reinterpret_cast<size_t*>(p) = roundUp(bytes);
  b.used += need;
  return p + kHeader;
}

AstArena::~AstArena() {
  for (Block& b : blocks_) {
    for (size_t off = 0; off < b.used;) {
      size_t sz = *reinterpret_cast<size_t*>(b.data + off);
      reinterpret_cast<Node*>(b.data + off + kHeader)->~Node();
      off += kHeader + sz;
    }
    std::free(b.data);
  }
}

}  // namespace heapscope
