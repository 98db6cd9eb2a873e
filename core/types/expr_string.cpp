// exprString: expressions rendered as gc prints them in diagnostics.
// Iterative depth cap: deeply nested input is abbreviated, never recursed
// without bound.
#include "types/checker.h"

namespace heapscope {

static void writeExpr(std::string& out, const Expr* e, int depth);

static void writeList(std::string& out, const std::vector<Expr*>& list, int depth) {
  for (size_t i = 0; i < list.size(); i++) {
    if (i) out += ", ";
    writeExpr(out, list[i], depth + 1);
  }
}

static void writeFields(std::string& out, const FieldList* fl, const char* sep, int depth) {
  if (!fl) return;
  for (size_t i = 0; i < fl->list.size(); i++) {
    if (i) out += sep;
    const Field* f = fl->list[i];
    for (size_t k = 0; k < f->names.size(); k++) {
      if (k) out += ", ";
      out += f->names[k]->name;
    }
    if (!f->names.empty()) out += " ";
    writeExpr(out, f->typeExpr, depth + 1);
  }
}

static void writeSig(std::string& out, const FuncType* ft, int depth) {
  out += "(";
  writeFields(out, ft->params, ", ", depth);
  out += ")";
  if (ft->results && !ft->results->list.empty()) {
    bool paren = ft->results->list.size() > 1 || !ft->results->list[0]->names.empty();
    out += paren ? " (" : " ";
    writeFields(out, ft->results, ", ", depth);
    if (paren) out += ")";
  }
}

static void writeExpr(std::string& out, const Expr* e, int depth) {
  if (!e) return;
  if (depth > 60 || out.size() > 400) { out += "…"; return; }
  switch (e->kind) {
    case NodeKind::Ident: out += e->as<Ident>()->name; return;
    case NodeKind::BasicLit: out += e->as<BasicLit>()->text; return;
    case NodeKind::CompositeLit: {
      auto* cl = e->as<CompositeLit>();
      if (cl->typeExpr) writeExpr(out, cl->typeExpr, depth + 1);
      out += cl->elts.empty() ? "{}" : "{…}";
      return;
    }
    case NodeKind::FuncLit:
      out += "func";
      writeSig(out, e->as<FuncLit>()->sig, depth);
      out += (e->as<FuncLit>()->body && !e->as<FuncLit>()->body->list.empty()) ? " {…}" : " {}";
      return;
    case NodeKind::ParenExpr:
      out += "(";
      writeExpr(out, e->as<ParenExpr>()->x, depth + 1);
      out += ")";
      return;
    case NodeKind::SelectorExpr:
      writeExpr(out, e->as<SelectorExpr>()->x, depth + 1);
      out += ".";
      out += e->as<SelectorExpr>()->sel->name;
      return;
    case NodeKind::IndexExpr:
      writeExpr(out, e->as<IndexExpr>()->x, depth + 1);
      out += "[";
      writeList(out, e->as<IndexExpr>()->indices, depth);
      out += "]";
      return;
    case NodeKind::SliceExpr: {
      auto* s = e->as<SliceExpr>();
      writeExpr(out, s->x, depth + 1);
      out += "[";
      writeExpr(out, s->low, depth + 1);
      out += ":";
      writeExpr(out, s->high, depth + 1);
      if (s->slice3) { out += ":"; writeExpr(out, s->max, depth + 1); }
      out += "]";
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = e->as<TypeAssertExpr>();
      writeExpr(out, t->x, depth + 1);
      out += ".(";
      if (t->typeExpr) writeExpr(out, t->typeExpr, depth + 1); else out += "type";
      out += ")";
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = e->as<CallExpr>();
      writeExpr(out, c->fun, depth + 1);
      out += "(";
      writeList(out, c->args, depth);
      if (c->hasEllipsis) out += "...";
      out += ")";
      return;
    }
    case NodeKind::StarExpr:
      out += "*";
      writeExpr(out, e->as<StarExpr>()->x, depth + 1);
      return;
    case NodeKind::UnaryExpr:
      out += tokenSpelling(e->as<UnaryExpr>()->op);
      writeExpr(out, e->as<UnaryExpr>()->x, depth + 1);
      return;
    case NodeKind::BinaryExpr: {
      auto* b = e->as<BinaryExpr>();
      writeExpr(out, b->x, depth + 1);
      out += " ";
      out += tokenSpelling(b->op);
      out += " ";
      writeExpr(out, b->y, depth + 1);
      return;
    }
    case NodeKind::KeyValueExpr:
      writeExpr(out, e->as<KeyValueExpr>()->key, depth + 1);
      out += ": ";
      writeExpr(out, e->as<KeyValueExpr>()->value, depth + 1);
      return;
    case NodeKind::ArrayType: {
      auto* a = e->as<ArrayType>();
      out += "[";
      if (a->len) { if (a->len->kind == NodeKind::Ellipsis) out += "..."; else writeExpr(out, a->len, depth + 1); }
      out += "]";
      writeExpr(out, a->elem, depth + 1);
      return;
    }
    case NodeKind::StructType:
      out += "struct{";
      writeFields(out, e->as<StructType>()->fields, "; ", depth);
      out += "}";
      return;
    case NodeKind::FuncType:
      out += "func";
      writeSig(out, e->as<FuncType>(), depth);
      return;
    case NodeKind::InterfaceType: {
      auto* it = e->as<InterfaceType>();
      out += "interface{";
      if (it->methods) {
        for (size_t i = 0; i < it->methods->list.size(); i++) {
          if (i) out += "; ";
          const Field* f = it->methods->list[i];
          if (!f->names.empty() && f->typeExpr->kind == NodeKind::FuncType) {
            out += f->names[0]->name;
            writeSig(out, f->typeExpr->as<FuncType>(), depth);
          } else {
            writeExpr(out, f->typeExpr, depth + 1);
          }
        }
      }
      out += "}";
      return;
    }
    case NodeKind::MapType:
      out += "map[";
      writeExpr(out, e->as<MapType>()->key, depth + 1);
      out += "]";
      writeExpr(out, e->as<MapType>()->value, depth + 1);
      return;
    case NodeKind::ChanType: {
      auto* c = e->as<ChanType>();
      out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
      writeExpr(out, c->value, depth + 1);
      return;
    }
    case NodeKind::Ellipsis:
      out += "...";
      writeExpr(out, e->as<Ellipsis>()->elt, depth + 1);
      return;
    default:
      out += "?";
      return;
  }
}

std::string gcExprString(const Expr* e) {
  std::string out;
  writeExpr(out, e, 0);
  return out;
}

}  // namespace heapscope
