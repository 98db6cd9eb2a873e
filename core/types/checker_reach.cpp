// Start-up cost: the stdlib preludes are thousands of lines of Go, and a
// program calls a handful of their functions. Declarations, signatures,
// package variable initializers and init() of every imported package are
// checked as before; the body of a prelude function or method only once the
// program can reach it. The compiler compiles functions on first reference,
// so it needs exactly the bodies reached here (it refuses an unchecked one:
// Symbol::bodyChecked).
//
// Reachability is conservative and closed under what checked code can do:
//  - a checked expression referring to a prelude function, method, variable,
//    constant or type name reaches that object (reach(): identifiers,
//    qualified identifiers, selectors, type expressions);
//  - a reached object reaches every type in its type (signatures included:
//    natives return values of prelude types that no Go code names);
//  - a reached type reaches every type it is built from (fields, elements,
//    keys, signatures, interface methods, type arguments) and, when it is a
//    prelude named type, its methods that a dynamic call can name: a value
//    of the type may be converted to an interface and called through it
//    (CheckResult::dynamicMethodNames: the names of every interface type
//    checked so far -- a method parked under a name is reached when an
//    interface with the name appears -- and String/Error/GoString, which
//    fmt and panics call by name); the compiler's interface method tables
//    hold only these names for prelude types;
//  - a prelude's init() functions are always reached.
// So every value checked code can hold has a reached type, and every method
// the VM can find through an interface table has a checked body.
// (Time's methods, for instance: Format and String are reached with Time,
// Unix or AddDate only when called.) The queue is drained after each
// prelude package (its variables' initialization order needs the
// dependencies found in the bodies their initializers reach) and after the
// main package.
#include "types/checker_impl.h"

namespace heapscope {

void Checker::markReached(Symbol* s) {
  if (reached_.insert(s).second) reachQueue_.push_back(s);
}

// Marks t and every type it is built from; prelude named types reach their
// methods. Explicit stack: user types may nest deeply.
void Checker::reachType(const Type* root) {
  std::vector<const Type*> stack{root};
  while (!stack.empty()) {
    const Type* t = stack.back();
    stack.pop_back();
    if (!t || !reachedTypes_.insert(t).second) continue;
    switch (t->kind) {
      case TypeKind::Named: {
        const Type* origin = t->origin ? t->origin : t;
        if (origin != t) stack.push_back(origin);
        for (const Type* a : t->typeArgs) stack.push_back(a);
        for (const Type* p : t->typeParams) stack.push_back(p);
        if (origin->pkg && origin->pkg != userPkg_) {
          for (Symbol* m : origin->declaredMethods) {
            if (result_.dynamicMethodNames.count(m->name)) markReached(m);
            else parkedMethods_[m->name].push_back(m);
          }
        }
        stack.push_back(t->underlyingType);
        break;
      }
      case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Array: case TypeKind::Chan:
        stack.push_back(t->elem);
        break;
      case TypeKind::Map:
        stack.push_back(t->key);
        stack.push_back(t->elem);
        break;
      case TypeKind::Func:
        for (const Type* p : t->params) stack.push_back(p);
        for (const Type* r : t->results) stack.push_back(r);
        break;
      case TypeKind::Tuple:
        for (const Type* e : t->elems) stack.push_back(e);
        break;
      case TypeKind::Struct:
        for (auto& f : t->fields) stack.push_back(f.type);
        break;
      case TypeKind::Interface:
        for (auto& m : t->methods) stack.push_back(m.sig);
        for (auto& term : t->terms) stack.push_back(term.type);
        break;
      case TypeKind::TypeParam:
        stack.push_back(t->underlyingType);
        break;
      default:
        break;
    }
  }
}

// A method name becomes callable through interfaces: the parked methods of
// that name (of reached types) are reached.
void Checker::noteInterfaceMethods(const Type* iface) {
  for (const Type::Method& m : iface->methods) {
    if (!result_.dynamicMethodNames.insert(m.name).second) continue;
    auto it = parkedMethods_.find(m.name);
    if (it == parkedMethods_.end()) continue;
    for (Symbol* s : it->second) markReached(s);
    parkedMethods_.erase(it);
  }
}

// Checks one reached prelude function or method body in its own package's
// context (the queue may hold objects of packages checked earlier).
void Checker::checkReachedBody(Symbol* s) {
  FuncDecl* fd = s->decl->as<FuncDecl>();
  Package* savedPkg = pkg;
  File* savedFile = curFile;
  Scope* savedScope = scope;
  DeclInfo* savedDecl = curDecl;
  pkg = s->pkg;
  curDecl = &decls[s];
  checkFuncBody(s, fd);
  curDecl = savedDecl;
  pkg = savedPkg;
  curFile = savedFile;
  scope = savedScope;
}

void Checker::drainReachable() {
  while (!reachQueue_.empty()) {
    Symbol* s = reachQueue_.back();
    reachQueue_.pop_back();
    reachType(s->type);
    if (s->kind != SymbolKind::Func) continue;
    if (s->recvBase) reachType(s->recvBase->type);
    if (s->decl && s->decl->kind == NodeKind::FuncDecl && !s->bodyChecked && s->decl->as<FuncDecl>()->body)
      checkReachedBody(s);
  }
}

}  // namespace heapscope
