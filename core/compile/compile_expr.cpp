// Expressions: constants, variables, operators, selectors, indexing,
// slicing, composite literals, function literals (closures), conversions,
// interface boxing and type assertions.
#include <cstring>

#include "compile/compiler_impl.h"

namespace heapscope {

static Expr* unparen(Expr* e) {
  while (e && e->kind == NodeKind::ParenExpr) e = e->as<ParenExpr>()->x;
  return e;
}

static bool isNilExpr(Expr* e) {
  e = unparen(e);
  return e && e->type && e->type->kind == TypeKind::UntypedNil;
}

Operand Compiler::expr(Expr* e) {
  if (!e) return Operand{tempReg(false), true, false};
  if (e->mode == ExprMode::Constant && e->constant) return constant(e, ty(e->type), e->constant);
  switch (e->kind) {
    case NodeKind::ParenExpr: return expr(e->as<ParenExpr>()->x);
    case NodeKind::Ident: {
      auto* id = e->as<Ident>();
      Symbol* s = id->symbol;
      if (!s) {
        if (id->name == "nil" || (e->type && e->type->kind == TypeKind::UntypedNil)) {
          int r = tempReg(true);
          emit(Op::CLEAR_REF, r);
          return Operand{r, true, false};
        }
        error(e, "internal: unresolved identifier " + id->name);
        return Operand{tempReg(false), true, false};
      }
      switch (s->kind) {
        case SymbolKind::Var: return readVar(s, e);
        case SymbolKind::Func: return funcValue(e, s, {});
        case SymbolKind::Nil: {
          int r = tempReg(true);
          emit(Op::CLEAR_REF, r);
          return Operand{r, true, false};
        }
        default:
          if (e->type && e->type->kind == TypeKind::UntypedNil) {
            int r = tempReg(true);
            emit(Op::CLEAR_REF, r);
            return Operand{r, true, false};
          }
          error(e, "internal: unexpected identifier " + id->name);
          return Operand{tempReg(false), true, false};
      }
    }
    case NodeKind::BasicLit:
      error(e, "internal: literal without constant value");
      return Operand{tempReg(false), true, false};
    case NodeKind::BinaryExpr: return binary(e->as<BinaryExpr>());
    case NodeKind::UnaryExpr: return unary(e->as<UnaryExpr>());
    case NodeKind::StarExpr: {
      auto* se = e->as<StarExpr>();
      Operand p = expr(se->x);
      const Type* t = ty(e->type);
      if (isValueType(t)) {
        emit(Op::NIL_CHECK, p.reg);
        return Operand{p.reg, p.temp, false};
      }
      int r = tempFor(t);
      emit(isRefType(t) ? Op::LOAD_PTR_REF : Op::LOAD_PTR, r, p.reg);
      return Operand{r, true, false};
    }
    case NodeKind::SelectorExpr: return selector(e->as<SelectorExpr>());
    case NodeKind::IndexExpr: return index(e->as<IndexExpr>());
    case NodeKind::SliceExpr: return sliceExpr(e->as<SliceExpr>());
    case NodeKind::CallExpr: return callExpr(e->as<CallExpr>());
    case NodeKind::CompositeLit: return composite(e->as<CompositeLit>(), ty(e->type));
    case NodeKind::FuncLit: return funcLit(e->as<FuncLit>());
    case NodeKind::TypeAssertExpr: return typeAssert(e->as<TypeAssertExpr>(), kNoReg);
    default:
      unsupported(e, "this expression");
      return Operand{tempReg(false), true, false};
  }
}

Operand Compiler::readVar(const Symbol* s, Expr* at) {
  VarLoc* l = lookupVar(s);
  if (!l) {
    error(at, "internal: variable " + s->name + " has no location");
    return Operand{tempReg(false), true, false};
  }
  const Type* t = ty(s->type);
  bool ref = isRefType(t);
  switch (l->kind) {
    case VarLoc::Reg: return Operand{l->idx, false, false};
    case VarLoc::Cell: {
      int r = tempReg(ref);
      emit(ref ? Op::CELL_GET_REF : Op::CELL_GET, r, l->idx);
      return Operand{r, true, false};
    }
    case VarLoc::Global: {
      int r = tempReg(ref);
      emit(ref ? Op::GGET_REF : Op::GGET, r, l->idx & 0xFFFF, l->idx >> 16);
      return Operand{r, true, false};
    }
    case VarLoc::GlobalCell: {
      int c = tempReg(true);
      emit(Op::GGET_REF, c, l->idx & 0xFFFF, l->idx >> 16);
      int r = tempReg(ref);
      emit(ref ? Op::CELL_GET_REF : Op::CELL_GET, r, c);
      return Operand{r, true, false};
    }
  }
  return Operand{tempReg(false), true, false};
}

Operand Compiler::constant(Expr* e, const Type* t, const ConstValue* cv) {
  if (t->isInterface()) {
    // an untyped constant converted to an interface: box its default type
    const Type* dt = e->type && !e->type->isInterface() ? e->type : nullptr;
    if (!dt) {
      switch (cv->kind) {
        case ConstValue::Kind::Bool: dt = tt_.basic(TypeKind::Bool); break;
        case ConstValue::Kind::String: dt = tt_.basic(TypeKind::String); break;
        case ConstValue::Kind::Int: dt = tt_.basic(TypeKind::Int); break;
        default: dt = tt_.basic(TypeKind::Float64); break;
      }
    }
    Operand v = constant(e, dt, cv);
    return boxed(v, dt, t);
  }
  const Type* u = t->underlying();
  int r = tempFor(t);
  switch (u->kind) {
    case TypeKind::String: case TypeKind::UntypedString: {
      const std::string& s = cv->stringValue();
      if (s.empty()) emit(Op::CLEAR_REF, r);
      else {
        int k = stringConst(s);
        emit(Op::LOADK_REF, r, k & 0xFFFF, k >> 16);
      }
      break;
    }
    case TypeKind::Bool: case TypeKind::UntypedBool: emit(Op::LOADI, r, cv->boolValue() ? 1 : 0, 0); break;
    case TypeKind::Float32: case TypeKind::Float64: case TypeKind::UntypedFloat: {
      double d = cv->doubleValue();
      if (u->kind == TypeKind::Float32) d = static_cast<double>(static_cast<float>(d));
      int k = constIndex(slotFloat(d));
      emit(Op::LOADK, r, k & 0xFFFF, k >> 16);
      break;
    }
    case TypeKind::Complex64: case TypeKind::Complex128:
      unsupported(e, "complex numbers");
      break;
    default: {
      int64_t v = t->isUnsigned() ? static_cast<int64_t>(cv->uint64Value()) : cv->int64Value();
      if (v >= INT32_MIN && v <= INT32_MAX) {
        uint32_t bits = static_cast<uint32_t>(static_cast<int32_t>(v));
        emit(Op::LOADI, r, bits & 0xFFFF, bits >> 16);
      } else {
        int k = constIndex(slotInt(v));
        emit(Op::LOADK, r, k & 0xFFFF, k >> 16);
      }
      break;
    }
  }
  return Operand{r, true, false};
}

void Compiler::exprInto(Expr* e, int dst, const Type* dstType) {
  if (isNilExpr(e)) {
    emit(Op::CLEAR_REF, dst);
    return;
  }
  Operand o = expr(e);
  moveInto(dst, o, ty(e->type), dstType);
}

void Compiler::moveInto(int dst, Operand src, const Type* srcT, const Type* dstT) {
  if (srcT && srcT->kind == TypeKind::UntypedNil) {
    emit(Op::CLEAR_REF, dst);
    return;
  }
  if (dstT->isInterface() && srcT && !srcT->isInterface() && srcT->kind != TypeKind::Tuple) {
    Operand b = boxed(src, srcT, dstT);
    emit(Op::MOVE_REF, dst, b.reg);
    return;
  }
  if (dst == src.reg) return;
  if (isValueType(dstT)) emit(src.fresh ? Op::MOVE_REF : Op::CLONE, dst, src.reg);
  else if (isRefType(dstT)) {
    if (!(src.temp && retargetLast(src.reg, dst, true))) emit(Op::MOVE_REF, dst, src.reg);
  } else if (!(src.temp && retargetLast(src.reg, dst, false))) {
    emit(Op::MOVE, dst, src.reg);
  }
}

Operand Compiler::boxed(Operand v, const Type* from, const Type* iface) {
  (void)iface;
  if (from->isInterface()) return v;
  if (from->kind == TypeKind::UntypedNil) {
    int r = tempReg(true);
    emit(Op::CLEAR_REF, r);
    return Operand{r, true, false};
  }
  ensureMethodSet(from);
  int r = tempReg(true);
  emit(Op::BOX, r, v.reg, typeIndex(from));
  return Operand{r, true, false};
}

// ------------------------------------------------------------------ operators

Operand Compiler::binary(BinaryExpr* e) {
  Token::Kind op = e->op;
  if (op == Token::Kind::LAnd || op == Token::Kind::LOr) {
    int r = tempReg(false);
    exprInto(e->x, r, tt_.basic(TypeKind::Bool));
    size_t j = emitJump(op == Token::Kind::LAnd ? Op::JMP_F : Op::JMP_T, r);
    exprInto(e->y, r, tt_.basic(TypeKind::Bool));
    patchHere(j);
    return Operand{r, true, false};
  }
  switch (op) {
    case Token::Kind::Eql: case Token::Kind::Neq: case Token::Kind::Lss: case Token::Kind::Leq:
    case Token::Kind::Gtr: case Token::Kind::Geq:
      return compare(op, e->x, e->y, -1);
    default: break;
  }
  const Type* t = ty(e->type);
  const Type* u = t->underlying();
  Operand x = expr(e->x);
  // x + c and x - c with a small constant: one ADDK_I instead of LOADI +
  // ADD_I (fib's n-1 and n-2; sized ints are wrapped after, as for ADD_I).
  if ((op == Token::Kind::Add || op == Token::Kind::Sub) && t->isInteger() && e->y->mode == ExprMode::Constant &&
      e->y->constant && e->y->constant->kind == ConstValue::Kind::Int) {
    int64_t c = t->isUnsigned() ? static_cast<int64_t>(e->y->constant->uint64Value()) : e->y->constant->int64Value();
    if (op == Token::Kind::Sub) c = static_cast<int64_t>(0 - static_cast<uint64_t>(c));
    if (c >= INT16_MIN && c <= INT16_MAX) {
      int r = tempFor(t);
      emit(Op::ADDK_I, r, x.reg, static_cast<uint16_t>(static_cast<int16_t>(c)));
      wrapInt(r, t);
      return Operand{r, true, false};
    }
  }
  Operand y = expr(e->y);
  int r = tempFor(t);
  if (u->kind == TypeKind::String) {
    emit(Op::CONCAT, r, x.reg, y.reg);
    return Operand{r, true, false};
  }
  if (t->isFloat()) {
    Op o = Op::ADD_F;
    switch (op) {
      case Token::Kind::Add: o = Op::ADD_F; break;
      case Token::Kind::Sub: o = Op::SUB_F; break;
      case Token::Kind::Mul: o = Op::MUL_F; break;
      case Token::Kind::Quo: o = Op::DIV_F; break;
      default: unsupported(e, "float operator"); break;
    }
    emit(o, r, x.reg, y.reg);
    wrapInt(r, t);
    return Operand{r, true, false};
  }
  if (!t->isInteger()) {
    unsupported(e, "operator on " + t->str());
    return Operand{r, true, false};
  }
  bool uns = t->isUnsigned();
  Op o = Op::ADD_I;
  switch (op) {
    case Token::Kind::Add: o = Op::ADD_I; break;
    case Token::Kind::Sub: o = Op::SUB_I; break;
    case Token::Kind::Mul: o = Op::MUL_I; break;
    case Token::Kind::Quo: o = uns ? Op::DIV_U : Op::DIV_I; break;
    case Token::Kind::Rem: o = uns ? Op::REM_U : Op::REM_I; break;
    case Token::Kind::And: o = Op::AND; break;
    case Token::Kind::Or: o = Op::OR; break;
    case Token::Kind::Xor: o = Op::XOR; break;
    case Token::Kind::AndNot: o = Op::ANDNOT; break;
    case Token::Kind::Shl: case Token::Kind::Shr: {
      const Type* ct = ty(e->y->type);
      bool cntUns = ct && (ct->isUnsigned() || (e->y->mode == ExprMode::Constant));
      if (op == Token::Kind::Shl) o = cntUns ? Op::SHL_U : Op::SHL;
      else if (uns) o = cntUns ? Op::SHR_UU : Op::SHR_U;
      else o = cntUns ? Op::SHR_IU : Op::SHR_I;
      break;
    }
    default: unsupported(e, "integer operator"); break;
  }
  emit(o, r, x.reg, y.reg);
  wrapInt(r, t);
  return Operand{r, true, false};
}

Operand Compiler::compare(Token::Kind op, Expr* xe, Expr* ye, int dst) {
  int r = dst >= 0 ? dst : tempReg(false);
  bool neg = false;
  if (isNilExpr(xe)) std::swap(xe, ye);
  if (isNilExpr(ye)) {
    Operand x = expr(xe);
    int n = tempReg(true);
    emit(Op::CLEAR_REF, n);
    emit(Op::EQ_REF, r, x.reg, n);
    if (op == Token::Kind::Neq) emit(Op::NOT, r, r);
    return Operand{r, true, false};
  }
  const Type* xt = ty(xe->type);
  const Type* yt = ty(ye->type);
  Operand x = expr(xe);
  size_t yPc = pc();
  Operand y = expr(ye);
  // a signed constant operand that fits 16 bits: remember its LOADI (pc, temp)
  constOperandPc_ = SIZE_MAX;
  if (ye->mode == ExprMode::Constant && y.temp && pc() == yPc + 1 && fs->proto->code[yPc].op == Op::LOADI &&
      fs->proto->code[yPc].a == y.reg && xt->isInteger() && !xt->isUnsigned()) {
    int32_t v = fs->proto->code[yPc].sbx();
    if (v >= INT16_MIN && v <= INT16_MAX) {
      constOperandPc_ = yPc;
      constOperandReg_ = y.reg;
      constOperandFs_ = fs;
    }
  }
  if (xt->isInterface() && !yt->isInterface()) y = boxed(y, yt, xt);
  else if (yt->isInterface() && !xt->isInterface()) { x = boxed(x, xt, yt); xt = yt; }
  const Type* u = xt->underlying();
  int a = x.reg, b = y.reg;
  if (op == Token::Kind::Gtr || op == Token::Kind::Geq) {
    std::swap(a, b);
    op = op == Token::Kind::Gtr ? Token::Kind::Lss : Token::Kind::Leq;
  }
  if (op == Token::Kind::Neq) { neg = true; op = Token::Kind::Eql; }
  bool eq = op == Token::Kind::Eql;
  bool lt = op == Token::Kind::Lss;
  switch (u->kind) {
    case TypeKind::String:
      emit(eq ? Op::EQ_STR : (lt ? Op::LT_STR : Op::LE_STR), r, a, b);
      break;
    case TypeKind::Float32: case TypeKind::Float64:
      if (neg) { emit(Op::NE_F, r, a, b); neg = false; }
      else emit(eq ? Op::EQ_F : (lt ? Op::LT_F : Op::LE_F), r, a, b);
      break;
    case TypeKind::Interface:
      emit(Op::EQ_IFACE, r, a, b);
      break;
    case TypeKind::Struct: case TypeKind::Array:
      emit(Op::EQ_VAL, r, a, b);
      emit(Op::EXTRA, typeIndex(xt));
      break;
    case TypeKind::Pointer: case TypeKind::UnsafePointer:
      emit(Op::EQ_PTR, r, a, b);
      break;
    case TypeKind::Chan: case TypeKind::Map: case TypeKind::Func: case TypeKind::Slice:
      emit(Op::EQ_REF, r, a, b);
      break;
    default:
      if (eq && neg) {  // NE_I directly (no NOT after it), so a jump can fuse with it
        emit(Op::NE_I, r, a, b);
        neg = false;
      } else if (xt->isUnsigned()) {
        emit(eq ? Op::EQ_I : (lt ? Op::LT_U : Op::LE_U), r, a, b);
      } else {
        emit(eq ? Op::EQ_I : (lt ? Op::LT_I : Op::LE_I), r, a, b);
      }
      break;
  }
  if (neg) emit(Op::NOT, r, r);
  return Operand{r, true, false};
}

Operand Compiler::unary(UnaryExpr* e) {
  switch (e->op) {
    case Token::Kind::And: return addressOf(e->x, ty(e->type));
    case Token::Kind::Add: return expr(e->x);
    case Token::Kind::Arrow: {
      const Type* ct = ty(e->x->type);
      const Type* et = ct->underlying()->elem;
      Operand ch = expr(e->x);
      int r = tempFor(et);
      emit(Op::RECV, r, ch.reg, kNoReg);
      return Operand{r, true, isValueType(et)};
    }
    default: break;
  }
  const Type* t = ty(e->type);
  Operand x = expr(e->x);
  int r = tempFor(t);
  switch (e->op) {
    case Token::Kind::Sub:
      emit(t->isFloat() ? Op::NEG_F : Op::NEG_I, r, x.reg);
      wrapInt(r, t);
      break;
    case Token::Kind::Xor:
      emit(Op::COMPL, r, x.reg);
      wrapInt(r, t);
      break;
    case Token::Kind::Not: emit(Op::NOT, r, x.reg); break;
    default: unsupported(e, "unary operator");
  }
  return Operand{r, true, false};
}

Operand Compiler::addressOf(Expr* x, const Type* ptrType) {
  x = unparen(x);
  const Type* t = ty(x->type);
  switch (x->kind) {
    case NodeKind::Ident: {
      Symbol* s = x->as<Ident>()->symbol;
      VarLoc* l = s ? lookupVar(s) : nullptr;
      if (!l) break;
      switch (l->kind) {
        case VarLoc::Cell:
          if (isValueType(t)) {
            int r = tempReg(true);
            emit(Op::CELL_GET_REF, r, l->idx);
            return Operand{r, true, false};
          }
          return Operand{l->idx, false, false};
        case VarLoc::Reg:
          if (isValueType(t)) return Operand{l->idx, false, false};
          error(x, "internal: address of a register variable " + s->name);
          return Operand{tempReg(true), true, false};
        case VarLoc::Global: {
          int r = tempReg(true);
          emit(Op::GGET_REF, r, l->idx & 0xFFFF, l->idx >> 16);
          if (!isValueType(t)) error(x, "internal: address of a global outside a cell");
          return Operand{r, true, false};
        }
        case VarLoc::GlobalCell: {
          int r = tempReg(true);
          emit(Op::GGET_REF, r, l->idx & 0xFFFF, l->idx >> 16);
          if (isValueType(t)) {
            int r2 = tempReg(true);
            emit(Op::CELL_GET_REF, r2, r);
            return Operand{r2, true, false};
          }
          return Operand{r, true, false};
        }
      }
      break;
    }
    case NodeKind::CompositeLit: {
      Operand o = composite(x->as<CompositeLit>(), t);
      if (isValueType(t)) return o;
      int c = tempReg(true);
      emit(Op::NEW_CELL, c, typeIndex(t));
      emit(Op::CELL_SET_REF, c, o.reg);
      return Operand{c, true, false};
    }
    case NodeKind::SelectorExpr: {
      auto* se = x->as<SelectorExpr>();
      if (se->selKind == SelectionKind::PackageMember) {
        Symbol* s = se->sel->symbol;
        Ident tmp(se->pos, s->name);
        tmp.symbol = s;
        tmp.type = se->type;
        return addressOf(&tmp, ptrType);
      }
      if (se->selKind != SelectionKind::Field) break;
      const Type* bt = nullptr;
      Operand base = fieldBase(se->x, se->path, se->derefs, se->path.size() - 1, &bt);
      int fi = se->path.back();
      int r = tempReg(true);
      if (isValueType(t)) {
        emit(Op::FIELD_GET_REF, r, base.reg, fi);
      } else {
        emit(Op::ADDR_FIELD, r, base.reg, fi);
        emit(Op::EXTRA, typeIndex(ptrType));
      }
      return Operand{r, true, false};
    }
    case NodeKind::IndexExpr: {
      auto* ie = x->as<IndexExpr>();
      const Type* ct = ty(ie->x->type);
      Operand base = expr(ie->x);
      if (ct->underlying()->kind == TypeKind::Pointer) emit(Op::NIL_CHECK, base.reg);
      Operand i = expr(ie->indices[0]);
      int r = tempReg(true);
      emit(Op::ADDR_ELEM, r, base.reg, i.reg);
      emit(Op::EXTRA, typeIndex(ptrType));
      return Operand{r, true, false};
    }
    case NodeKind::StarExpr: return expr(x->as<StarExpr>()->x);
    default: break;
  }
  unsupported(x, "taking this address");
  return Operand{tempReg(true), true, false};
}

static const Type* structOfType(const Type* t) {
  const Type* u = t->underlying();
  if (u->kind == TypeKind::Pointer) u = u->elem->underlying();
  return u;
}

Operand Compiler::fieldBase(Expr* x, const std::vector<int>& path, const std::vector<bool>& derefs, size_t steps,
                            const Type** outType) {
  (void)derefs;
  Operand o = expr(x);
  const Type* cur = ty(x->type);
  for (size_t i = 0; i < steps; i++) {
    const Type* st = structOfType(cur);
    const Type* ft = st->fields[path[i]].type;
    int r = tempReg(true);
    emit(Op::FIELD_GET_REF, r, o.reg, path[i]);
    o = Operand{r, true, false};
    cur = ft;
  }
  if (outType) *outType = cur;
  return o;
}

Operand Compiler::selector(SelectorExpr* e) {
  switch (e->selKind) {
    case SelectionKind::PackageMember: {
      Symbol* s = e->sel->symbol;
      if (!s) break;
      if (s->kind == SymbolKind::Var) return readVar(s, e);
      if (s->kind == SymbolKind::Func) return funcValue(e, s, {});
      break;
    }
    case SelectionKind::Field: {
      const Type* ft = ty(e->type);
      const Type* bt = nullptr;
      Operand base = fieldBase(e->x, e->path, e->derefs, e->path.size() - 1, &bt);
      int r = tempFor(ft);
      emit(isRefType(ft) ? Op::FIELD_GET_REF : Op::FIELD_GET, r, base.reg, e->path.back());
      return Operand{r, true, false};
    }
    case SelectionKind::Method: return methodValue(e);
    case SelectionKind::MethodExpr: {
      Symbol* m = e->method;
      if (!m) break;
      const Type* recvT = ty(e->x->type);
      bool recvIsPtr = recvT->kind == TypeKind::Pointer && !recvT->isNamed();
      // The method itself only if declared on this type: a promoted one
      // (T.M with M from an embedded field) goes through a thunk that walks
      // the embedding path to the receiver M expects.
      bool promoted = !lookupFieldOrMethod(recvT, e->sel->name).path.empty();
      if (m->ptrRecv == recvIsPtr && !recvT->isInterface() && !promoted) {
        const Type* named = recvIsPtr ? recvT->elem : recvT;
        return funcValue(e, m, named->typeArgs);
      }
      int th = boundMethodThunk(m, recvT, recvT->isInterface(), e->sel->name);
      if (th < 0) break;
      int r = tempReg(true);
      emit(Op::FUNC_VAL, r, th);
      return Operand{r, true, false};
    }
    default: break;
  }
  unsupported(e, "this selector");
  return Operand{tempReg(false), true, false};
}

Operand Compiler::index(IndexExpr* e) {
  // generic function instantiation used as a value: f[int]
  Expr* fx = unparen(e->x);
  Symbol* fs_ = nullptr;
  if (fx->kind == NodeKind::Ident) fs_ = fx->as<Ident>()->symbol;
  else if (fx->kind == NodeKind::SelectorExpr) fs_ = fx->as<SelectorExpr>()->sel->symbol;
  if (fs_ && fs_->kind == SymbolKind::Func) {
    std::vector<const Type*> targs;
    for (const Type* t : e->typeArgs) targs.push_back(ty(t));
    return funcValue(e, fs_, targs);
  }
  const Type* xt = ty(e->x->type);
  const Type* u = xt->underlying();
  const Type* t = ty(e->type);
  if (u->kind == TypeKind::Map) {
    Operand m = expr(e->x);
    int k = tempFor(u->key);
    exprInto(e->indices[0], k, u->key);
    int r = tempFor(t);
    emit(Op::MAP_GET, r, m.reg, k);
    emit(Op::EXTRA, kNoReg, typeIndex(xt));
    return Operand{r, true, false};
  }
  Operand x = expr(e->x);
  Operand i = expr(e->indices[0]);
  int r = tempFor(t);
  if (u->kind == TypeKind::String) {
    emit(Op::STR_INDEX, r, x.reg, i.reg);
    return Operand{r, true, false};
  }
  if (u->kind == TypeKind::Pointer) emit(Op::NIL_CHECK, x.reg);
  emit(isRefType(t) ? Op::ELEM_GET_REF : Op::ELEM_GET, r, x.reg, i.reg);
  return Operand{r, true, false};
}

Operand Compiler::sliceExpr(SliceExpr* e) {
  const Type* xt = ty(e->x->type);
  Operand x = expr(e->x);
  if (xt->underlying()->kind == TypeKind::Pointer) emit(Op::NIL_CHECK, x.reg);
  int lo = kNoReg, hi = kNoReg, mx = kNoReg;
  if (e->low) lo = expr(e->low).reg;
  if (e->high) hi = expr(e->high).reg;
  if (e->max) mx = expr(e->max).reg;
  const Type* t = ty(e->type);
  int r = tempReg(true);
  emit(Op::SLICE, r, x.reg, typeIndex(t));
  emit(Op::EXTRA, lo, hi, mx);
  return Operand{r, true, false};
}

Operand Compiler::composite(CompositeLit* e, const Type* t) {
  const Type* u = t->underlying();
  if (u->kind == TypeKind::Pointer) return composite(e, u->elem);
  int r = tempReg(true);
  auto valueOf = [](Expr* x) { return x->kind == NodeKind::KeyValueExpr ? x->as<KeyValueExpr>()->value : x; };
  switch (u->kind) {
    case TypeKind::Struct: {
      emit(Op::ZERO_VAL, r, typeIndex(t));
      for (size_t i = 0; i < e->elts.size(); i++) {
        size_t tm = fs->stmtTemps.size(), bm = fs->stmtBlocks.size();
        int fi = i < e->fieldIndex.size() ? e->fieldIndex[i] : static_cast<int>(i);
        const Type* ft = u->fields[fi].type;
        Expr* v = valueOf(e->elts[i]);
        if (isValueType(ft)) {
          Operand o = expr(v);
          emit(Op::FIELD_SET_VAL, r, fi, o.reg);
        } else {
          int tmp = tempFor(ft);
          exprInto(v, tmp, ft);
          emit(isRefType(ft) ? Op::FIELD_SET_REF : Op::FIELD_SET, r, fi, tmp);
        }
        (void)tm, (void)bm;
      }
      break;
    }
    case TypeKind::Array: case TypeKind::Slice: {
      const Type* et = u->elem;
      if (u->kind == TypeKind::Array) {
        emit(Op::ZERO_VAL, r, typeIndex(t));
      } else {
        int n = tempReg(false);
        uint32_t len = static_cast<uint32_t>(e->length);
        emit(Op::LOADI, n, len & 0xFFFF, len >> 16);
        emit(Op::MAKE_SLICE, r, n, kNoReg);
        emit(Op::EXTRA, typeIndex(t));
      }
      int idx = tempReg(false);
      for (size_t i = 0; i < e->elts.size(); i++) {
        int64_t ei = i < e->eltIndex.size() ? e->eltIndex[i] : static_cast<int64_t>(i);
        uint32_t b = static_cast<uint32_t>(ei);
        Expr* v = valueOf(e->elts[i]);
        if (isValueType(et)) {
          Operand o = v->kind == NodeKind::CompositeLit ? composite(v->as<CompositeLit>(), ty(v->type) ? ty(v->type) : et)
                                                         : expr(v);
          emit(Op::LOADI, idx, b & 0xFFFF, b >> 16);
          emit(Op::ELEM_SET_VAL, r, idx, o.reg);
        } else {
          int tmp = tempFor(et);
          exprInto(v, tmp, et);
          emit(Op::LOADI, idx, b & 0xFFFF, b >> 16);
          emit(isRefType(et) ? Op::ELEM_SET_REF : Op::ELEM_SET, r, idx, tmp);
        }
      }
      break;
    }
    case TypeKind::Map: {
      emit(Op::MAP_NEW, r, typeIndex(t));
      for (Expr* x : e->elts) {
        if (x->kind != NodeKind::KeyValueExpr) continue;
        auto* kv = x->as<KeyValueExpr>();
        int k = tempFor(u->key);
        exprInto(kv->key, k, u->key);
        int v = tempFor(u->elem);
        exprInto(kv->value, v, u->elem);
        emit(Op::MAP_SET, r, k, v);
      }
      break;
    }
    default:
      unsupported(e, "composite literal of type " + t->str());
  }
  return Operand{r, true, true};
}

Operand Compiler::funcLit(FuncLit* e) {
  auto p = std::make_unique<FuncProto>();
  FuncProto* fp = p.get();
  fp->index = static_cast<int>(prog_->funcs.size());
  // gc names a closure inside a range-over-func body after the function
  // around the loop (main.main.func1, not main.main-range1.func1)
  FuncState* named = fs;
  while (named->rangeLoop) named = named->parent;
  std::string parentName = named->proto->name;
  ++named->funcLitCount;
  bool parentIsLit = named->node && named->node->kind == NodeKind::FuncLit;
  fp->name = parentName + (parentIsLit ? "." : ".func") + std::to_string(named->funcLitCount);
  fp->line = e->pos.line;
  prog_->funcs.push_back(std::move(p));
  {
    FuncState f;
    beginFunc(f, fp, e);
    const Type* sig = ty(e->type);
    fp->sig = sig;
    setupParams(e->sig, nullptr, sig);
    setLine(e->pos.line);
    blockStmts(e->body->list);
    emitEpilogue();
    endFunc();
  }
  return closureOf(fp, e);
}

Operand Compiler::closureOf(FuncProto* fp, Node* e) {
  int r = tempReg(true);
  if (fp->captures.empty()) {
    emit(Op::FUNC_VAL, r, fp->index);
    return Operand{r, true, false};
  }
  // cells of the captured variables, as this function sees them
  // (by-value captures are scalar registers: their kind is their own type)
  std::vector<const Type*> kinds(fp->captures.size(), tt_.basic(TypeKind::String));
  for (size_t i = 0; i < kinds.size(); i++)
    if (capturedByValue(litCaptureSyms_[fp->index][i])) kinds[i] = ty(litCaptureSyms_[fp->index][i]->type);
  int base = block(kinds);
  FuncState* inner = nullptr;
  (void)inner;
  for (size_t i = 0; i < fp->captures.size(); i++) {
    // the inner FuncState is gone; find the symbol through the capture name
    // recorded at endFunc (captureSyms were copied into litCaptureSyms_)
    const Symbol* s = litCaptureSyms_[fp->index][i];
    VarLoc* l = lookupVar(s);
    if (l && l->kind == VarLoc::Reg && capturedByValue(s)) {
      emit(isRefType(ty(s->type)) ? Op::MOVE_REF : Op::MOVE, base + static_cast<int>(i), l->idx);
      continue;
    }
    if (!l || (l->kind != VarLoc::Cell && l->kind != VarLoc::GlobalCell)) {
      error(e, "internal: captured variable " + s->name + " is not in a cell");
      continue;
    }
    if (l->kind == VarLoc::Cell) emit(Op::MOVE_REF, base + static_cast<int>(i), l->idx);
    else emit(Op::GGET_REF, base + static_cast<int>(i), l->idx & 0xFFFF, l->idx >> 16);
  }
  emit(Op::CLOSURE, r, fp->index, base);
  return Operand{r, true, false};
}

Operand Compiler::typeAssert(TypeAssertExpr* e, int okReg) {
  Operand x = expr(e->x);
  const Type* srcT = ty(e->x->type);
  const Type* t = ty(e->type);
  if (t->kind == TypeKind::Tuple) t = t->elems[0];
  int r = tempFor(t);
  emit(t->isInterface() ? Op::ASSERT_IFACE : Op::ASSERT, r, x.reg, typeIndex(t));
  emit(Op::EXTRA, okReg, typeIndex(srcT));
  return Operand{r, true, false};
}

Operand Compiler::conversion(CallExpr* e) {
  const Type* t = ty(e->type);
  Expr* xe = e->args[0];
  const Type* xt = ty(xe->type);
  if (t->isInterface()) {
    if (isNilExpr(xe)) {
      int r = tempReg(true);
      emit(Op::CLEAR_REF, r);
      return Operand{r, true, false};
    }
    Operand x = expr(xe);
    return boxed(x, xt, t);
  }
  if (isNilExpr(xe)) {
    int r = tempReg(true);
    emit(Op::CLEAR_REF, r);
    return Operand{r, true, false};
  }
  Operand x = expr(xe);
  const Type* tu = t->underlying();
  const Type* xu = xt->underlying();
  if (t->isNumeric() && xt->isNumeric()) {
    int r = tempReg(false);
    bool tf = t->isFloat(), xf = xt->isFloat();
    if (tf && xf) emit(Op::MOVE, r, x.reg);
    else if (tf) emit(xt->isUnsigned() ? Op::U2F : Op::I2F, r, x.reg);
    else if (xf) emit(t->isUnsigned() ? Op::F2U : Op::F2I, r, x.reg);
    else emit(Op::MOVE, r, x.reg);
    wrapInt(r, t);
    return Operand{r, true, false};
  }
  if (tu->kind == TypeKind::String) {
    ConvKind k;
    if (xt->isInteger()) k = ConvKind::RuneToString;
    else if (xu->kind == TypeKind::Slice && xu->elem->underlying()->kind == TypeKind::Uint8) k = ConvKind::BytesToString;
    else if (xu->kind == TypeKind::Slice) k = ConvKind::RunesToString;
    else return x;
    int r = tempReg(true);
    emit(Op::CONV, r, x.reg, static_cast<int>(k));
    emit(Op::EXTRA, typeIndex(t));
    return Operand{r, true, false};
  }
  if (tu->kind == TypeKind::Slice && xu->kind == TypeKind::String) {
    ConvKind k = tu->elem->underlying()->kind == TypeKind::Uint8 ? ConvKind::StringToBytes : ConvKind::StringToRunes;
    int r = tempReg(true);
    emit(Op::CONV, r, x.reg, static_cast<int>(k));
    emit(Op::EXTRA, typeIndex(t));
    return Operand{r, true, false};
  }
  // Go 1.17/1.20 slice -> *[N]T / [N]T: an array pointer cannot alias a
  // slice's backing array in our representation yet, so refuse it loudly
  if (xu->kind == TypeKind::Slice &&
      (tu->kind == TypeKind::Array || (tu->kind == TypeKind::Pointer && tu->elem->underlying()->kind == TypeKind::Array))) {
    unsupported(e, "conversion from slice to array or array pointer");
    return x;
  }
  // same representation (named <-> unnamed, pointers, ...)
  return x;
}

Operand Compiler::funcValue(Expr* e, const Symbol* fn, const std::vector<const Type*>& typeArgs) {
  int r = tempReg(true);
  auto it = funcDecls_.find(fn);
  if (it != funcDecls_.end() && it->second->body) {
    emit(Op::FUNC_VAL, r, funcIndexFor(fn, typeArgs));
  } else {
    int th = nativeThunkFor(fn);
    if (th < 0) unsupported(e, fn->qualifiedName());
    else emit(Op::FUNC_VAL, r, th);
  }
  return Operand{r, true, false};
}

}  // namespace heapscope
