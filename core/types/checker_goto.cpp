// goto validity per the Go spec ("Goto statements"): a goto outside a block
// cannot jump to a label inside that block, and a forward goto must not skip a
// variable declaration of the label's block. gc checks this in its parser
// pass over each function body; this is the same walk over our AST, reporting
// gc's messages at the goto's label.
#include <algorithm>
#include <memory>

#include "types/checker_impl.h"

namespace heapscope {

namespace {

struct GotoBlock {
  GotoBlock* parent = nullptr;
  Pos start;  // gc names the block by where it starts
};

struct DeclaredLabel {
  GotoBlock* block;
  LabeledStmt* stmt;
};

class GotoWalker {
 public:
  explicit GotoWalker(Checker& c) : c_(c) {}

  void function(BlockStmt* body) {
    GotoBlock root{nullptr, body->pos};
    std::vector<BranchStmt*> pending = block(&root, body->list, 0);
    // a forward goto whose label exists but was never reached from an
    // enclosing block jumps into that label's block
    for (BranchStmt* g : pending) {
      auto it = labels_.find(g->label->name);
      if (it == labels_.end()) continue;  // "label L not defined" is reported by branchStmt
      const Pos& s = it->second.block->start;
      c_.error(g->label->pos, "goto " + g->label->name + " jumps into block starting at " + fileName() + ":" +
                                  std::to_string(s.line) + ":" + std::to_string(s.col));
    }
  }

 private:
  Checker& c_;
  std::map<std::string, DeclaredLabel> labels_;
  std::vector<std::unique_ptr<GotoBlock>> blocks_;

  std::string fileName() const { return c_.curFile ? c_.curFile->fileName : "prog.go"; }

  bool encloses(GotoBlock* outer, GotoBlock* b) const {
    for (; b; b = b->parent)
      if (b == outer) return true;
    return false;
  }

  // Walks one block; returns the forward gotos (from it or nested blocks)
  // whose label is not declared in it.
  std::vector<BranchStmt*> block(GotoBlock* b, const std::vector<Stmt*>& list, int depth) {
    std::vector<BranchStmt*> fwd;
    std::vector<BranchStmt*> skippedDecl;  // forward gotos that precede the latest var declaration
    int varLine = 0;
    auto recordVarDecl = [&](int line) {
      varLine = line;
      skippedDecl = fwd;
    };
    for (Stmt* s : list) {
      while (s && s->kind == NodeKind::LabeledStmt) {
        LabeledStmt* ls = s->as<LabeledStmt>();
        const std::string& name = ls->label->name;
        if (name != "_" && !labels_.count(name)) labels_[name] = {b, ls};
        std::vector<BranchStmt*> rest;
        for (BranchStmt* g : fwd) {
          if (g->label->name != name) { rest.push_back(g); continue; }
          bool overDecl = varLine && std::find(skippedDecl.begin(), skippedDecl.end(), g) != skippedDecl.end();
          if (overDecl)
            c_.error(g->label->pos, "goto " + name + " jumps over variable declaration at line " + std::to_string(varLine));
        }
        fwd = std::move(rest);
        s = ls->stmt;
      }
      if (!s) continue;
      switch (s->kind) {
        case NodeKind::DeclStmt: {
          Decl* d = s->as<DeclStmt>()->decl;
          if (d && d->kind == NodeKind::GenDecl && d->as<GenDecl>()->tok == Token::Kind::Var) {
            GenDecl* gd = d->as<GenDecl>();
            for (Spec* sp : gd->specs)
              if (sp->kind == NodeKind::ValueSpec && !sp->as<ValueSpec>()->names.empty())
                recordVarDecl(sp->as<ValueSpec>()->names[0]->pos.line);
          }
          break;
        }
        case NodeKind::AssignStmt:
          if (s->as<AssignStmt>()->tok == Token::Kind::Define) recordVarDecl(s->pos.line);
          break;
        case NodeKind::BranchStmt: {
          BranchStmt* bs = s->as<BranchStmt>();
          if (bs->tok != Token::Kind::Goto || !bs->label) break;
          auto it = labels_.find(bs->label->name);
          bool backward = it != labels_.end() && encloses(it->second.block, b);
          if (!backward) fwd.push_back(bs);
          break;
        }
        default:
          for (BranchStmt* g : nested(b, s, depth)) fwd.push_back(g);
          break;
      }
    }
    return fwd;
  }

  std::vector<BranchStmt*> inner(GotoBlock* parent, Pos start, const std::vector<Stmt*>& list, int depth) {
    if (depth > kMaxCheckDepth) return {};
    blocks_.push_back(std::make_unique<GotoBlock>(GotoBlock{parent, start}));
    return block(blocks_.back().get(), list, depth + 1);
  }

  // Blocks nested in statement s (bodies, branches, clauses).
  std::vector<BranchStmt*> nested(GotoBlock* b, Stmt* s, int depth) {
    std::vector<BranchStmt*> out;
    auto add = [&](std::vector<BranchStmt*> v) { out.insert(out.end(), v.begin(), v.end()); };
    switch (s->kind) {
      case NodeKind::BlockStmt: add(inner(b, s->pos, s->as<BlockStmt>()->list, depth)); break;
      case NodeKind::IfStmt: {
        // an else-if chain nests each if in the previous one's else
        for (Stmt* cur = s; cur;) {
          IfStmt* is = cur->as<IfStmt>();
          if (is->body) add(inner(b, is->body->pos, is->body->list, depth));
          Stmt* e = is->els;
          if (e && e->kind == NodeKind::BlockStmt) { add(inner(b, e->pos, e->as<BlockStmt>()->list, depth)); break; }
          cur = (e && e->kind == NodeKind::IfStmt) ? e : nullptr;
        }
        break;
      }
      case NodeKind::ForStmt:
        if (s->as<ForStmt>()->body) add(inner(b, s->as<ForStmt>()->body->pos, s->as<ForStmt>()->body->list, depth));
        break;
      case NodeKind::RangeStmt:
        if (s->as<RangeStmt>()->body) add(inner(b, s->as<RangeStmt>()->body->pos, s->as<RangeStmt>()->body->list, depth));
        break;
      case NodeKind::SwitchStmt: case NodeKind::TypeSwitchStmt: case NodeKind::SelectStmt: {
        BlockStmt* body = s->kind == NodeKind::SwitchStmt       ? s->as<SwitchStmt>()->body
                          : s->kind == NodeKind::TypeSwitchStmt ? s->as<TypeSwitchStmt>()->body
                                                                : s->as<SelectStmt>()->body;
        if (!body) break;
        for (Stmt* cl : body->list) {
          if (cl->kind == NodeKind::CaseClause) add(inner(b, cl->pos, cl->as<CaseClause>()->body, depth));
          else if (cl->kind == NodeKind::CommClause) add(inner(b, cl->pos, cl->as<CommClause>()->body, depth));
        }
        break;
      }
      default: break;
    }
    return out;
  }
};

}  // namespace

void checkGotoJumps(Checker& c, BlockStmt* body) {
  if (!body) return;
  GotoWalker(c).function(body);
}

}  // namespace heapscope
