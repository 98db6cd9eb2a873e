// AST dumper and Go-syntax printer (ast_dump.h). Debug aids: recursion
// follows the tree, whose depth the parser bounds (kMaxNesting), except for
// long left-leaning binary chains, which are printed iteratively enough for
// tests and messages.
#include "syntax/ast_dump.h"

#include <sstream>

namespace heapscope {

using K = Token::Kind;

namespace {

const char* chanPrefix(ChanDir d) {
  switch (d) {
    case ChanDir::Send: return "chan<- ";
    case ChanDir::Recv: return "<-chan ";
    default: return "chan ";
  }
}

void printFields(std::ostringstream& o, const FieldList* fl, const char* sep);

void printExpr(std::ostringstream& o, const Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case NodeKind::BadExpr: o << "BadExpr"; break;
    case NodeKind::Ident: o << e->as<Ident>()->name; break;
    case NodeKind::BasicLit: o << e->as<BasicLit>()->text; break;
    case NodeKind::CompositeLit: {
      auto* c = e->as<CompositeLit>();
      printExpr(o, c->typeExpr);
      o << "{";
      for (size_t i = 0; i < c->elts.size(); i++) {
        if (i) o << ", ";
        printExpr(o, c->elts[i]);
      }
      o << "}";
      break;
    }
    case NodeKind::FuncLit:
      printExpr(o, e->as<FuncLit>()->sig);
      o << " {…}";
      break;
    case NodeKind::ParenExpr:
      o << "(";
      printExpr(o, e->as<ParenExpr>()->x);
      o << ")";
      break;
    case NodeKind::SelectorExpr:
      printExpr(o, e->as<SelectorExpr>()->x);
      o << "." << e->as<SelectorExpr>()->sel->name;
      break;
    case NodeKind::IndexExpr: {
      auto* ix = e->as<IndexExpr>();
      printExpr(o, ix->x);
      o << "[";
      for (size_t i = 0; i < ix->indices.size(); i++) {
        if (i) o << ", ";
        printExpr(o, ix->indices[i]);
      }
      o << "]";
      break;
    }
    case NodeKind::SliceExpr: {
      auto* s = e->as<SliceExpr>();
      printExpr(o, s->x);
      o << "[";
      printExpr(o, s->low);
      o << ":";
      printExpr(o, s->high);
      if (s->slice3) {
        o << ":";
        printExpr(o, s->max);
      }
      o << "]";
      break;
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = e->as<TypeAssertExpr>();
      printExpr(o, t->x);
      o << ".(";
      if (t->typeExpr) printExpr(o, t->typeExpr);
      else o << "type";
      o << ")";
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = e->as<CallExpr>();
      printExpr(o, c->fun);
      o << "(";
      for (size_t i = 0; i < c->args.size(); i++) {
        if (i) o << ", ";
        printExpr(o, c->args[i]);
      }
      if (c->hasEllipsis) o << "...";
      o << ")";
      break;
    }
    case NodeKind::StarExpr:
      o << "*";
      printExpr(o, e->as<StarExpr>()->x);
      break;
    case NodeKind::UnaryExpr:
      o << tokenSpelling(e->as<UnaryExpr>()->op);
      printExpr(o, e->as<UnaryExpr>()->x);
      break;
    case NodeKind::BinaryExpr: {
      auto* b = e->as<BinaryExpr>();
      printExpr(o, b->x);
      o << " " << tokenSpelling(b->op) << " ";
      printExpr(o, b->y);
      break;
    }
    case NodeKind::KeyValueExpr:
      printExpr(o, e->as<KeyValueExpr>()->key);
      o << ": ";
      printExpr(o, e->as<KeyValueExpr>()->value);
      break;
    case NodeKind::ArrayType: {
      auto* a = e->as<ArrayType>();
      o << "[";
      printExpr(o, a->len);
      o << "]";
      printExpr(o, a->elem);
      break;
    }
    case NodeKind::StructType:
      o << "struct{";
      printFields(o, e->as<StructType>()->fields, "; ");
      o << "}";
      break;
    case NodeKind::FuncType: {
      auto* f = e->as<FuncType>();
      o << "func";
      if (f->typeParams) {
        o << "[";
        printFields(o, f->typeParams, ", ");
        o << "]";
      }
      o << "(";
      printFields(o, f->params, ", ");
      o << ")";
      if (f->results) {
        bool paren = f->results->list.size() > 1 ||
                     (f->results->list.size() == 1 && !f->results->list[0]->names.empty());
        o << (paren ? " (" : " ");
        printFields(o, f->results, ", ");
        if (paren) o << ")";
      }
      break;
    }
    case NodeKind::InterfaceType: {
      auto* it = e->as<InterfaceType>();
      o << "interface{";
      for (size_t i = 0; i < it->methods->list.size(); i++) {
        const Field* f = it->methods->list[i];
        if (i) o << "; ";
        if (!f->names.empty()) {
          o << f->names[0]->name;
          std::ostringstream sig;
          printExpr(sig, f->typeExpr);
          o << sig.str().substr(4);  // drop "func"
        } else {
          printExpr(o, f->typeExpr);
        }
      }
      o << "}";
      break;
    }
    case NodeKind::MapType:
      o << "map[";
      printExpr(o, e->as<MapType>()->key);
      o << "]";
      printExpr(o, e->as<MapType>()->value);
      break;
    case NodeKind::ChanType:
      o << chanPrefix(e->as<ChanType>()->dir);
      printExpr(o, e->as<ChanType>()->value);
      break;
    case NodeKind::Ellipsis:
      o << "...";
      printExpr(o, e->as<Ellipsis>()->elt);
      break;
    default: o << "?"; break;
  }
}

void printFields(std::ostringstream& o, const FieldList* fl, const char* sep) {
  if (!fl) return;
  for (size_t i = 0; i < fl->list.size(); i++) {
    const Field* f = fl->list[i];
    if (i) o << sep;
    for (size_t j = 0; j < f->names.size(); j++) {
      if (j) o << ", ";
      o << f->names[j]->name;
    }
    if (!f->names.empty()) o << " ";
    printExpr(o, f->typeExpr);
    if (f->tag) o << " " << f->tag->text;
  }
}

void printList(std::ostringstream& o, const std::vector<Expr*>& v) {
  for (size_t i = 0; i < v.size(); i++) {
    if (i) o << ", ";
    printExpr(o, v[i]);
  }
}

// ---- tree dump

const char* litKindName(K k) {
  switch (k) {
    case K::Int: return "Int";
    case K::Float: return "Float";
    case K::Imag: return "Imag";
    case K::Char: return "Char";
    default: return "String";
  }
}

struct Dumper {
  std::ostringstream o;
  int indent = 0;

  void line(const Node* n, const std::string& head) {
    o << std::string(size_t(indent) * 2, ' ') << head << " @" << n->pos.line << ":" << n->pos.col << "\n";
  }
  void child(const Node* n) {
    if (!n) return;
    indent++;
    dump(n);
    indent--;
  }
  void labeled(const char* label, const Node* n) {
    if (!n) return;
    indent++;
    o << std::string(size_t(indent) * 2, ' ') << label << ":\n";
    child(n);
    indent--;
  }
  template <class V> void children(const V& v) {
    for (const Node* n : v) child(n);
  }
  void fields(const char* label, const FieldList* fl) {
    if (fl) labeled(label, fl);
  }

  void dump(const Node* n) {
    switch (n->kind) {
      case NodeKind::Ident: line(n, "Ident " + n->as<Ident>()->name); break;
      case NodeKind::BasicLit:
        line(n, std::string("BasicLit ") + litKindName(n->as<BasicLit>()->litKind) + " " + n->as<BasicLit>()->text);
        break;
      case NodeKind::BadExpr: line(n, "BadExpr"); break;
      case NodeKind::BadStmt: line(n, "BadStmt"); break;
      case NodeKind::CompositeLit: {
        auto* c = n->as<CompositeLit>();
        line(n, "CompositeLit");
        labeled("type", c->typeExpr);
        children(c->elts);
        break;
      }
      case NodeKind::FuncLit:
        line(n, "FuncLit");
        child(n->as<FuncLit>()->sig);
        child(n->as<FuncLit>()->body);
        break;
      case NodeKind::ParenExpr: line(n, "ParenExpr"); child(n->as<ParenExpr>()->x); break;
      case NodeKind::SelectorExpr:
        line(n, "SelectorExpr ." + n->as<SelectorExpr>()->sel->name);
        child(n->as<SelectorExpr>()->x);
        break;
      case NodeKind::IndexExpr:
        line(n, "IndexExpr");
        child(n->as<IndexExpr>()->x);
        children(n->as<IndexExpr>()->indices);
        break;
      case NodeKind::SliceExpr: {
        auto* s = n->as<SliceExpr>();
        line(n, s->slice3 ? "SliceExpr3" : "SliceExpr");
        child(s->x);
        labeled("low", s->low);
        labeled("high", s->high);
        labeled("max", s->max);
        break;
      }
      case NodeKind::TypeAssertExpr:
        line(n, n->as<TypeAssertExpr>()->typeExpr ? "TypeAssertExpr" : "TypeAssertExpr (type)");
        child(n->as<TypeAssertExpr>()->x);
        child(n->as<TypeAssertExpr>()->typeExpr);
        break;
      case NodeKind::CallExpr:
        line(n, n->as<CallExpr>()->hasEllipsis ? "CallExpr ..." : "CallExpr");
        child(n->as<CallExpr>()->fun);
        children(n->as<CallExpr>()->args);
        break;
      case NodeKind::StarExpr: line(n, "StarExpr"); child(n->as<StarExpr>()->x); break;
      case NodeKind::UnaryExpr:
        line(n, std::string("UnaryExpr ") + tokenSpelling(n->as<UnaryExpr>()->op));
        child(n->as<UnaryExpr>()->x);
        break;
      case NodeKind::BinaryExpr:
        line(n, std::string("BinaryExpr ") + tokenSpelling(n->as<BinaryExpr>()->op));
        child(n->as<BinaryExpr>()->x);
        child(n->as<BinaryExpr>()->y);
        break;
      case NodeKind::KeyValueExpr:
        line(n, "KeyValueExpr");
        child(n->as<KeyValueExpr>()->key);
        child(n->as<KeyValueExpr>()->value);
        break;
      case NodeKind::ArrayType:
        line(n, n->as<ArrayType>()->len ? "ArrayType" : "SliceType");
        labeled("len", n->as<ArrayType>()->len);
        child(n->as<ArrayType>()->elem);
        break;
      case NodeKind::StructType: line(n, "StructType"); child(n->as<StructType>()->fields); break;
      case NodeKind::FuncType: {
        auto* f = n->as<FuncType>();
        line(n, "FuncType");
        fields("typeParams", f->typeParams);
        fields("params", f->params);
        fields("results", f->results);
        break;
      }
      case NodeKind::InterfaceType: line(n, "InterfaceType"); child(n->as<InterfaceType>()->methods); break;
      case NodeKind::MapType:
        line(n, "MapType");
        child(n->as<MapType>()->key);
        child(n->as<MapType>()->value);
        break;
      case NodeKind::ChanType: {
        const char* d = n->as<ChanType>()->dir == ChanDir::Send ? "ChanType send"
                        : n->as<ChanType>()->dir == ChanDir::Recv ? "ChanType recv" : "ChanType";
        line(n, d);
        child(n->as<ChanType>()->value);
        break;
      }
      case NodeKind::Ellipsis: line(n, "Ellipsis"); child(n->as<Ellipsis>()->elt); break;
      case NodeKind::Field: {
        auto* f = n->as<Field>();
        std::string h = "Field";
        for (auto* id : f->names) h += " " + id->name;
        if (f->tag) h += " tag=" + f->tag->text;
        line(n, h);
        child(f->typeExpr);
        break;
      }
      case NodeKind::FieldList: line(n, "FieldList"); children(n->as<FieldList>()->list); break;
      case NodeKind::BlockStmt: line(n, "BlockStmt"); children(n->as<BlockStmt>()->list); break;
      case NodeKind::DeclStmt: line(n, "DeclStmt"); child(n->as<DeclStmt>()->decl); break;
      case NodeKind::EmptyStmt: line(n, "EmptyStmt"); break;
      case NodeKind::LabeledStmt:
        line(n, "LabeledStmt " + n->as<LabeledStmt>()->label->name);
        child(n->as<LabeledStmt>()->stmt);
        break;
      case NodeKind::ExprStmt: line(n, "ExprStmt"); child(n->as<ExprStmt>()->x); break;
      case NodeKind::SendStmt:
        line(n, "SendStmt");
        child(n->as<SendStmt>()->chan);
        child(n->as<SendStmt>()->value);
        break;
      case NodeKind::IncDecStmt:
        line(n, std::string("IncDecStmt ") + tokenSpelling(n->as<IncDecStmt>()->tok));
        child(n->as<IncDecStmt>()->x);
        break;
      case NodeKind::AssignStmt: {
        auto* a = n->as<AssignStmt>();
        line(n, std::string("AssignStmt ") + tokenSpelling(a->tok));
        children(a->lhs);
        children(a->rhs);
        break;
      }
      case NodeKind::GoStmt: line(n, "GoStmt"); child(n->as<GoStmt>()->call); break;
      case NodeKind::DeferStmt: line(n, "DeferStmt"); child(n->as<DeferStmt>()->call); break;
      case NodeKind::ReturnStmt: line(n, "ReturnStmt"); children(n->as<ReturnStmt>()->results); break;
      case NodeKind::BranchStmt: {
        auto* b = n->as<BranchStmt>();
        line(n, std::string("BranchStmt ") + tokenSpelling(b->tok) + (b->label ? " " + b->label->name : ""));
        break;
      }
      case NodeKind::IfStmt: {
        auto* s = n->as<IfStmt>();
        line(n, "IfStmt");
        labeled("init", s->init);
        labeled("cond", s->cond);
        child(s->body);
        labeled("else", s->els);
        break;
      }
      case NodeKind::CaseClause: {
        auto* c = n->as<CaseClause>();
        line(n, c->isDefault ? "CaseClause default" : "CaseClause");
        children(c->list);
        indent++;
        o << std::string(size_t(indent) * 2, ' ') << "body:\n";
        children(c->body);
        indent--;
        break;
      }
      case NodeKind::SwitchStmt: {
        auto* s = n->as<SwitchStmt>();
        line(n, "SwitchStmt");
        labeled("init", s->init);
        labeled("tag", s->tag);
        child(s->body);
        break;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* s = n->as<TypeSwitchStmt>();
        line(n, "TypeSwitchStmt");
        labeled("init", s->init);
        labeled("assign", s->assign);
        child(s->body);
        break;
      }
      case NodeKind::CommClause: {
        auto* c = n->as<CommClause>();
        line(n, c->comm ? "CommClause" : "CommClause default");
        labeled("comm", c->comm);
        indent++;
        o << std::string(size_t(indent) * 2, ' ') << "body:\n";
        children(c->body);
        indent--;
        break;
      }
      case NodeKind::SelectStmt: line(n, "SelectStmt"); child(n->as<SelectStmt>()->body); break;
      case NodeKind::ForStmt: {
        auto* s = n->as<ForStmt>();
        line(n, "ForStmt");
        labeled("init", s->init);
        labeled("cond", s->cond);
        labeled("post", s->post);
        child(s->body);
        break;
      }
      case NodeKind::RangeStmt: {
        auto* s = n->as<RangeStmt>();
        line(n, std::string("RangeStmt ") + (s->tok == K::Illegal ? "" : tokenSpelling(s->tok)));
        labeled("key", s->key);
        labeled("value", s->value);
        labeled("x", s->x);
        child(s->body);
        break;
      }
      case NodeKind::ImportSpec: {
        auto* s = n->as<ImportSpec>();
        line(n, "ImportSpec " + (s->name ? s->name->name + " " : std::string()) + s->path->text);
        break;
      }
      case NodeKind::ValueSpec: {
        auto* s = n->as<ValueSpec>();
        std::string h = "ValueSpec";
        for (auto* id : s->names) h += " " + id->name;
        h += " iota=" + std::to_string(s->iota);
        if (s->implicit) h += " implicit";
        line(n, h);
        labeled("type", s->typeExpr);
        children(s->values);
        break;
      }
      case NodeKind::TypeSpec: {
        auto* s = n->as<TypeSpec>();
        line(n, "TypeSpec " + s->name->name + (s->isAlias ? " alias" : ""));
        fields("typeParams", s->typeParams);
        child(s->typeExpr);
        break;
      }
      case NodeKind::GenDecl:
        line(n, std::string("GenDecl ") + tokenSpelling(n->as<GenDecl>()->tok));
        children(n->as<GenDecl>()->specs);
        break;
      case NodeKind::FuncDecl: {
        auto* f = n->as<FuncDecl>();
        line(n, "FuncDecl " + f->name->name);
        fields("recv", f->recv);
        child(f->type);
        child(f->body);
        break;
      }
      case NodeKind::File: {
        auto* f = n->as<File>();
        line(n, "File " + (f->packageName ? f->packageName->name : std::string("?")));
        children(f->decls);
        break;
      }
    }
  }
};

}  // namespace

std::string exprString(const Expr* e) {
  std::ostringstream o;
  printExpr(o, e);
  return o.str();
}

std::string stmtString(const Stmt* s) {
  std::ostringstream o;
  if (!s) return "";
  switch (s->kind) {
    case NodeKind::ExprStmt: printExpr(o, s->as<ExprStmt>()->x); break;
    case NodeKind::SendStmt:
      printExpr(o, s->as<SendStmt>()->chan);
      o << " <- ";
      printExpr(o, s->as<SendStmt>()->value);
      break;
    case NodeKind::IncDecStmt:
      printExpr(o, s->as<IncDecStmt>()->x);
      o << tokenSpelling(s->as<IncDecStmt>()->tok);
      break;
    case NodeKind::AssignStmt: {
      auto* a = s->as<AssignStmt>();
      printList(o, a->lhs);
      o << " " << tokenSpelling(a->tok) << " ";
      printList(o, a->rhs);
      break;
    }
    default: o << "statement"; break;
  }
  return o.str();
}

std::string dumpAst(const Node* n) {
  if (!n) return "<nil>\n";
  Dumper d;
  d.dump(n);
  return d.o.str();
}

}  // namespace heapscope
