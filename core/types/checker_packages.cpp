// The checker's driver: the universe scope, diagnostics and scopes, imports
// and packages (each checked once: its files' package-level objects
// collected, then resolved on demand by checker_decls.cpp, then bodies), and
// the entry points (checkProgram).
#include <algorithm>

#include "types/checker_impl.h"
#include "syntax/parser.h"

namespace heapscope {

const ConstValue* keep(TypeTable& tt, const ConstValue& v) { return tt.keepConst(v); }

// Real std packages we do not provide: importing them is "not supported yet"
// rather than "not in std".
static bool isKnownStd(const std::string& p) {
  static const char* known[] = {
      "archive/tar", "archive/zip", "bufio", "bytes", "cmp", "compress/gzip", "container/heap", "container/list",
      "container/ring", "context", "crypto", "crypto/md5", "crypto/rand", "crypto/sha1", "crypto/sha256",
      "database/sql", "encoding", "encoding/base64", "encoding/binary", "encoding/csv", "encoding/hex",
      "encoding/json", "encoding/xml", "errors", "flag", "fmt", "go/ast", "go/parser", "go/token", "hash",
      "hash/crc32", "hash/fnv", "html", "html/template", "image", "io", "io/fs", "io/ioutil", "iter", "log",
      "log/slog", "maps", "math", "math/big", "math/bits", "math/cmplx", "math/rand", "math/rand/v2", "mime",
      "net", "net/http", "net/url", "os", "os/exec", "os/signal", "path", "path/filepath", "reflect", "regexp",
      "runtime", "runtime/debug", "slices", "sort", "strconv", "strings", "sync", "sync/atomic", "syscall",
      "testing", "text/tabwriter", "text/template", "time", "unicode", "unicode/utf16", "unicode/utf8",
      "unsafe", "embed", "plugin"};
  for (const char* k : known) if (p == k) return true;
  return false;
}

Checker::Checker(TypeTable& t, const ImportResolver& resolver, const ParseFn& parse, CheckResult& result)
    : tt(t), resolver_(resolver), parse_(parse), result_(result) {
  result_.dynamicMethodNames = {"Error", "String", "GoString"};  // see CheckResult
  auto addType = [&](const char* name, const Type* type) {
    Symbol* s = tt.newSymbol(SymbolKind::TypeName, name, Pos{});
    s->type = type;
    universe.names[name] = s;
  };
  struct { const char* n; TypeKind k; } basics[] = {
      {"bool", TypeKind::Bool}, {"int", TypeKind::Int}, {"int8", TypeKind::Int8}, {"int16", TypeKind::Int16},
      {"int32", TypeKind::Int32}, {"int64", TypeKind::Int64}, {"uint", TypeKind::Uint}, {"uint8", TypeKind::Uint8},
      {"uint16", TypeKind::Uint16}, {"uint32", TypeKind::Uint32}, {"uint64", TypeKind::Uint64},
      {"uintptr", TypeKind::Uintptr}, {"float32", TypeKind::Float32}, {"float64", TypeKind::Float64},
      {"complex64", TypeKind::Complex64}, {"complex128", TypeKind::Complex128}, {"string", TypeKind::String},
      {"byte", TypeKind::Uint8}, {"rune", TypeKind::Int32}};
  for (auto& b : basics) addType(b.n, tt.basic(b.k));
  addType("error", tt.errorType());
  addType("any", tt.anyType());
  addType("comparable", tt.comparableType());
  const_cast<Type*>(tt.errorType())->typeName = universe.names["error"];
  const_cast<Type*>(tt.comparableType())->typeName = universe.names["comparable"];
  for (bool b : {true, false}) {
    Symbol* s = tt.newSymbol(SymbolKind::Const, b ? "true" : "false", Pos{});
    s->type = tt.basic(TypeKind::UntypedBool);
    s->constant = keep(tt, ConstValue::makeBool(b));
    universe.names[s->name] = s;
  }
  Symbol* iota = tt.newSymbol(SymbolKind::Const, "iota", Pos{});
  iota->type = tt.basic(TypeKind::UntypedInt);
  iota->constant = keep(tt, ConstValue::makeInt(0));
  universe.names["iota"] = iota;
  Symbol* nil = tt.newSymbol(SymbolKind::Nil, "nil", Pos{});
  nil->type = tt.basic(TypeKind::UntypedNil);
  universe.names["nil"] = nil;
  struct { const char* n; BuiltinId id; } builtins[] = {
      {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap}, {"clear", BuiltinId::Clear}, {"close", BuiltinId::Close},
      {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy}, {"delete", BuiltinId::Delete},
      {"imag", BuiltinId::Imag}, {"len", BuiltinId::Len}, {"make", BuiltinId::Make}, {"max", BuiltinId::Max},
      {"min", BuiltinId::Min}, {"new", BuiltinId::New}, {"panic", BuiltinId::Panic}, {"print", BuiltinId::Print},
      {"println", BuiltinId::Println}, {"real", BuiltinId::Real}, {"recover", BuiltinId::Recover}};
  for (auto& b : builtins) {
    Symbol* s = tt.newSymbol(SymbolKind::Builtin, b.n, Pos{});
    s->builtin = b.id;
    universe.names[b.n] = s;
  }
}

void Checker::error(Pos p, const std::string& msg) {
  CheckDiag d;
  d.file = curFile ? curFile->fileName : "prog.go";
  d.line = p.line;
  d.col = p.col;
  d.message = msg;
  result_.diagnostics.push_back(std::move(d));
}

bool Checker::tooDeep(Pos p) {
  if (depth_ <= kMaxCheckDepth) return false;
  if (!depthReported_) {
    depthReported_ = true;
    error(p, "not supported yet: expression or statement nesting too deep");
  }
  return true;
}

Scope* Checker::pushScope() {
  scopes_.emplace_back();
  Scope* s = &scopes_.back();
  s->parent = scope;
  scope = s;
  return s;
}

void Checker::popScope(bool reportUnusedVars) {
  if (reportUnusedVars) reportUnused(scope);
  scope = scope->parent;
}

void Checker::reportUnused(Scope* sc) {
  std::vector<Symbol*> unused;
  for (auto& [name, s] : sc->names) {
    if (s->kind == SymbolKind::Var && !s->used && !s->isGlobal && !s->isParam && !s->isResult && !s->isField &&
        name != "_")
      unused.push_back(s);
  }
  std::sort(unused.begin(), unused.end(), [](Symbol* a, Symbol* b) {
    return a->pos.line != b->pos.line ? a->pos.line < b->pos.line : a->pos.col < b->pos.col;
  });
  for (Symbol* s : unused) error(s->pos, "declared and not used: " + s->name);
}

void Checker::declare(Scope* sc, Symbol* s, Pos p) {
  if (s->name == "_") return;
  if (Symbol* old = sc->lookupLocal(s->name)) {
    std::string msg = s->name + " redeclared in this block";
    if (old->pos.line > 0)
      msg += "\n\t" + posText(old->pos) + ": other declaration of " + s->name;
    error(p, msg);
    return;
  }
  sc->names[s->name] = s;
}

Symbol* Checker::newPackageSymbol(SymbolKind k, const std::string& name, Pos pos, Node* decl) {
  Symbol* s = tt.newSymbol(k, name, pos);
  s->pkg = pkg;
  s->decl = decl;
  s->isGlobal = true;
  return s;
}

void Checker::declareLocal(Symbol* s, Pos p) {
  s->ownerFunc = fn ? fn->decl : nullptr;
  s->pkg = pkg;
  declare(scope, s, p);
}

// ------------------------------------------------------------------ driver
void Checker::run(File* mainFile) {
  universe.parent = nullptr;
  Package* mainPkg = checkPackage("main", mainFile);
  result_.mainPackage = mainPkg;
  if (mainPkg && mainPkg->name == "main") {
    Symbol* m = mainPkg->scope.lookupLocal("main");
    if (!m || m->kind != SymbolKind::Func) {
      curFile = mainFile;
      error(Pos{0, 0}, "function main is undeclared in the main package");
    }
  }
}

Package* Checker::importPackage(const std::string& path, ImportSpec* spec) {
  auto it = pkgs.find(path);
  if (it != pkgs.end()) return it->second;
  Pos at = spec->path ? spec->path->pos : spec->pos;
  if (importing.count(path)) {
    error(at, "import cycle not allowed");
    return nullptr;
  }
  const std::string* src = resolver_ ? resolver_(path) : nullptr;
  if (!src) {
    if (isKnownStd(path)) error(at, "not supported yet: import \"" + path + "\"");
    else error(at, "package " + path + " is not in std");
    return nullptr;
  }
  std::vector<CheckDiag> perrs;
  std::string fname = path + ".go";
  std::unique_ptr<File> file = parse_ ? parse_(*src, fname, perrs) : nullptr;
  for (auto& e : perrs) result_.diagnostics.push_back(e);
  if (!file) return nullptr;
  File* f = file.get();
  result_.importedFiles.push_back(std::move(file));
  // save state, check the package, restore
  Package* savedPkg = pkg;
  File* savedFile = curFile;
  Scope* savedScope = scope;
  FuncCtx* savedFn = fn;
  auto savedObjects = std::move(pkgObjects);
  auto savedMethods = std::move(methodDecls);
  pkgObjects.clear();
  methodDecls.clear();
  importing.insert(path);
  Package* p = checkPackage(path, f);
  importing.erase(path);
  pkg = savedPkg;
  curFile = savedFile;
  scope = savedScope;
  fn = savedFn;
  pkgObjects = std::move(savedObjects);
  methodDecls = std::move(savedMethods);
  return p;
}

Package* Checker::checkPackage(const std::string& path, File* file) {
  std::string name = file->packageName ? file->packageName->name : "main";
  Package* p = tt.newPackage(path, name);
  p->files.push_back(file);
  p->scope.parent = &universe;
  pkgs[path] = p;
  pkg = p;
  curFile = file;
  fn = nullptr;
  if (path == "main") userPkg_ = p;  // checked first: its imports are checked inside this call

  // file scope: imports
  scopes_.emplace_back();
  Scope* fileScope = &scopes_.back();
  fileScope->parent = &p->scope;
  fileScopes[file] = fileScope;
  for (ImportSpec* is : file->imports) {
    std::string ipath;
    if (is->path) {
      ConstValue v;
      std::string err;
      if (ConstValue::fromLiteral(Token::Kind::String, is->path->text, &v, &err)) ipath = v.strVal;
    }
    if (ipath.empty()) { error(is->pos, "invalid import path"); continue; }
    Package* ip = importPackage(ipath, is);
    curFile = file;
    pkg = p;
    if (!ip) { is->used = true; continue; }
    std::string local = is->name ? is->name->name : ip->name;
    if (local == "_") { is->used = true; continue; }
    if (local == ".") {
      for (auto& [n, s] : ip->scope.names) {
        if (!n.empty() && n[0] >= 'A' && n[0] <= 'Z') fileScope->names[n] = s;
      }
      // dot imports are counted as used when any of their names is used; approximated as used
      is->used = true;
      continue;
    }
    Symbol* ps = tt.newSymbol(SymbolKind::Package, local, is->name ? is->name->pos : is->path->pos);
    ps->importedPkg = ip;
    ps->pkg = p;
    ps->decl = is;
    declare(fileScope, ps, is->path->pos);
    fileImports[file].push_back({is, ps});
  }
  bool seenOther = false;
  (void)seenOther;

  collectObjects(file);
  // package-level names may not clash with the file's imports
  for (auto& [is, ps] : fileImports[file]) {
    if (Symbol* s = p->scope.lookupLocal(ps->name)) {
      error(s->pos, s->name + " redeclared in this block");
    }
  }

  scope = fileScope;
  // resolve in phases: types, function signatures (methods attach to types), then values
  for (Symbol* s : pkgObjects) {
    if (s->kind != SymbolKind::TypeName) continue;
    resolveObj(s);
    tt.completeInstances();  // a generic type whose body instantiates it deeper without end
    if (tt.takeInstantiationCycle()) error(s->pos, "instantiation cycle");
  }
  // interfaces that embedded a not-yet-declared interface: rebuild them now
  for (int round = 0; round < 3 && !ifaceFixups.empty(); round++) {
    for (auto& fx : ifaceFixups) {
      Scope* saved = scope;
      scope = fx.scope;
      incompleteIfaces.erase(fx.it);
      const Type* t = interfaceType(fx.it, nullptr);
      fx.named->underlyingType = t;
      scope = saved;
    }
  }
  ifaceFixups.clear();
  for (FuncDecl* fd : methodDecls) declareMethod(fd);
  for (Symbol* s : pkgObjects) if (s->kind == SymbolKind::Func) resolveObj(s);
  tt.completeInstances();
  for (Symbol* s : pkgObjects) resolveObj(s);
  validTypes();
  tt.completeInstances();
  tt.refreshFieldKinds();

  // bodies: all of main's; a prelude's only as far as they are reachable
  // (checker_reach.cpp) -- init() always, the rest from the initializers
  // checked above and, later, from the bodies of other packages
  if (lazyBodies(p)) {
    for (Symbol* s : pkgObjects)
      if (s->kind == SymbolKind::Func && s->decl && !s->recvBase && s->name == "init") markReached(s);
  } else {
    for (Symbol* s : pkgObjects) {
      if (s->kind == SymbolKind::Func && s->decl && !s->recvBase) {
        DeclInfo& d = decls[s];
        curDecl = &d;
        checkFuncBody(s, s->decl->as<FuncDecl>());
        curDecl = nullptr;
      }
    }
    for (FuncDecl* fd : methodDecls) {
      if (fd->symbol) {
        DeclInfo& d = decls[fd->symbol];
        curDecl = &d;
        checkFuncBody(fd->symbol, fd);
        curDecl = nullptr;
      }
    }
  }
  // before computeInitOrder: the dependencies of this package's variables
  // through the functions their initializers call are found in those bodies
  drainReachable();
  tt.completeInstances();
  tt.refreshFieldKinds();
  // a prelude's imports may be used only in bodies not reached
  if (!lazyBodies(p)) checkUnusedImports(file);
  computeInitOrder(p);
  result_.packages.push_back(p);
  scope = nullptr;
  return p;
}

void Checker::checkUnusedImports(File* f) {
  for (auto& [is, ps] : fileImports[f]) {
    if (ps->used || is->used) { is->used = true; continue; }
    std::string path = ps->importedPkg ? ps->importedPkg->path : "";
    std::string msg = "\"" + path + "\" imported";
    // types2 compares the local name with the path's last element, and reports
    // at the import spec's start (the local name when there is one)
    std::string elem = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    if (is->name && is->name->name != "." && is->name->name != elem) msg += " as " + is->name->name;
    msg += " and not used";
    error(is->name ? is->name->pos : is->path->pos, msg);
  }
}

void Checker::collectObjects(File* f) {
  for (Decl* d : f->decls) {
    if (d->kind == NodeKind::GenDecl) {
      GenDecl* gd = d->as<GenDecl>();
      if (gd->tok == Token::Kind::Const) {
        Expr* lastType = nullptr;
        std::vector<Expr*>* lastValues = nullptr;
        int iota = 0;
        for (Spec* sp : gd->specs) {
          ValueSpec* vs = sp->as<ValueSpec>();
          if (!vs->values.empty() || vs->typeExpr) {
            lastType = vs->typeExpr;
            lastValues = &vs->values;
          }
          if (vs->values.empty() && !vs->typeExpr && !lastValues) {
            error(vs->pos, "missing init expr for const declaration");
          }
          for (size_t i = 0; i < vs->names.size(); i++) {
            Ident* id = vs->names[i];
            Symbol* s = newPackageSymbol(SymbolKind::Const, id->name, id->pos, vs);
            id->symbol = s;
            DeclInfo di;
            di.file = f;
            di.vspec = vs;
            di.index = static_cast<int>(i);
            di.constType = lastType;
            di.constValues = lastValues;
            di.iota = iota;
            decls[s] = di;
            declare(&pkg->scope, s, id->pos);
            pkgObjects.push_back(s);
          }
          iota++;
        }
      } else if (gd->tok == Token::Kind::Var) {
        for (Spec* sp : gd->specs) {
          ValueSpec* vs = sp->as<ValueSpec>();
          for (size_t i = 0; i < vs->names.size(); i++) {
            Ident* id = vs->names[i];
            Symbol* s = newPackageSymbol(SymbolKind::Var, id->name, id->pos, vs);
            s->used = true;
            id->symbol = s;
            DeclInfo di;
            di.file = f;
            di.vspec = vs;
            di.index = static_cast<int>(i);
            decls[s] = di;
            declare(&pkg->scope, s, id->pos);
            pkgObjects.push_back(s);
          }
        }
      } else if (gd->tok == Token::Kind::Type) {
        for (Spec* sp : gd->specs) {
          TypeSpec* ts = sp->as<TypeSpec>();
          Symbol* s = newPackageSymbol(SymbolKind::TypeName, ts->name->name, ts->name->pos, ts);
          ts->name->symbol = s;
          if (!ts->isAlias) s->type = tt.newNamed(ts->name->name, pkg, s);
          DeclInfo di;
          di.file = f;
          di.tspec = ts;
          decls[s] = di;
          declare(&pkg->scope, s, ts->name->pos);
          pkgObjects.push_back(s);
        }
      }
    } else if (d->kind == NodeKind::FuncDecl) {
      FuncDecl* fd = d->as<FuncDecl>();
      if (fd->recv) { methodDecls.push_back(fd); continue; }
      Symbol* s = newPackageSymbol(SymbolKind::Func, fd->name->name, fd->name->pos, fd);
      s->isNative = fd->body == nullptr;
      fd->symbol = s;
      fd->name->symbol = s;
      DeclInfo di;
      di.file = f;
      di.fdecl = fd;
      decls[s] = di;
      if (fd->name->name == "init") {
        if (!fd->type->params->list.empty() || (fd->type->results && !fd->type->results->list.empty()))
          error(fd->name->pos, "func init must have no arguments and no return values");
        if (fd->type->typeParams) error(fd->name->pos, "func init must have no type parameters");
      } else if (fd->name->name == "main" && pkg->name == "main") {
        if (!fd->type->params->list.empty() || (fd->type->results && !fd->type->results->list.empty()))
          error(fd->name->pos, "func main must have no arguments and no return values");
        declare(&pkg->scope, s, fd->name->pos);
      } else {
        declare(&pkg->scope, s, fd->name->pos);
      }
      pkgObjects.push_back(s);
    }
  }
}

// ------------------------------------------------------------------ entry
CheckResult checkProgram(File* mainFile, TypeTable& types, const ImportResolver& resolver, const ParseFn& parse,
                         const CheckOptions& options) {
  CheckResult result;
  if (!mainFile) return result;
  Checker c(types, resolver, parse, result);
  c.checkAllPreludeBodies_ = options.checkAllPreludeBodies;
  c.run(mainFile);
  auto& ds = result.diagnostics;
  std::stable_sort(ds.begin(), ds.end(), [&](const CheckDiag& a, const CheckDiag& b) {
    bool am = a.file == mainFile->fileName, bm = b.file == mainFile->fileName;
    if (am != bm) return !am;  // errors in preludes first (they are our bugs)
    if (a.line != b.line) return a.line < b.line;
    return a.col < b.col;
  });
  // one error per line, as gc does
  std::vector<CheckDiag> out;
  for (auto& d : ds) {
    if (!out.empty() && out.back().file == d.file && out.back().line == d.line && d.line != 0) continue;
    out.push_back(d);
  }
  if (out.size() > 10) {
    out.resize(10);
    CheckDiag more;
    more.message = "too many errors";
    out.push_back(more);
  }
  result.diagnostics = std::move(out);
  result.ok = result.diagnostics.empty();
  return result;
}

}  // namespace heapscope

namespace heapscope {

ParseFn defaultParser() {
  return [](const std::string& source, const std::string& fileName, std::vector<CheckDiag>& errors) {
    std::vector<SyntaxError> errs;
    std::unique_ptr<File> f = parseFileOwned(source, fileName, errs);
    for (auto& e : errs) {
      CheckDiag d;
      d.file = fileName;
      d.line = e.line;
      d.col = e.col;
      d.message = e.message;
      errors.push_back(d);
    }
    return f;
  };
}

CheckResult checkProgram(File* mainFile, TypeTable& types, const ImportResolver& resolver) {
  return checkProgram(mainFile, types, resolver, defaultParser());
}

}  // namespace heapscope
