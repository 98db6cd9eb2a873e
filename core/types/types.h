// Go types and declared entities (symbols), shared by the checker, the
// compiler, the VM (interface boxes carry a Type*), fmt and the inspector.
//
// Invariants:
//  - Types are created only through TypeTable, which interns every unnamed
//    composite type: two identical unnamed types are the same pointer, so
//    type identity is pointer equality (also at run time, for assertions and
//    type switches). Named types are unique per declaration and, for
//    generics, per instantiation (TypeTable::instantiate interns those too).
//  - Types live as long as the Program (TypeTable is owned by it).
//  - After checking, no TypeParam appears in any type the compiler sees:
//    generic functions/types are compiled per instantiation (monomorphised),
//    with the checker recording the substitution.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "heap/object.h"
#include "syntax/ast.h"

namespace heapscope {

enum class TypeKind : uint8_t {
  Invalid,
  // basic (predeclared) types
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64,
  Uintptr, Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  // untyped constant kinds
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedString, UntypedNil,
  // composite
  Array, Slice, Struct, Pointer, Func, Interface, Map, Chan,
  Named,      // a defined type: name + underlying + methods
  TypeParam,  // only inside generic declarations, before instantiation
  Tuple       // multiple results of a call
};

struct Package;
struct Symbol;

struct StructField {
  std::string name;     // for embedded fields: the type's name
  const Type* type;
  bool embedded = false;
  std::string tag;
  bool exported() const;
};

struct Type {
  TypeKind kind = TypeKind::Invalid;

  // Array, Slice, Pointer, Chan: element; Map: value
  const Type* elem = nullptr;
  const Type* key = nullptr;   // Map
  int64_t len = 0;             // Array
  ChanDir dir = ChanDir::Both; // Chan

  // Struct
  std::vector<StructField> fields;
  std::vector<SlotKind> fieldKinds;  // parallel to fields: StructObj::fieldKinds points here

  // Func: a signature. Variadic: the last param's type is a Slice.
  std::vector<const Type*> params;
  std::vector<const Type*> results;
  bool variadic = false;

  // Tuple
  std::vector<const Type*> elems;

  // Interface: the full (flattened, sorted by name) method set, plus the
  // type set for constraints (empty terms = all types).
  struct Method { std::string name; const Type* sig; Package* pkg = nullptr; };
  std::vector<Method> methods;
  struct Term { bool tilde; const Type* type; };
  std::vector<Term> terms;     // union terms of a constraint interface
  bool comparableConstraint = false;

  // Named (and TypeParam: name + constraint in `underlying`)
  std::string name;
  Package* pkg = nullptr;                // nullptr for predeclared (error, any, comparable)
  const Type* underlyingType = nullptr;  // set once resolved
  std::vector<Symbol*> declaredMethods;  // methods declared with this receiver base type
  std::vector<const Type*> typeArgs;     // for an instantiated generic type
  Symbol* typeName = nullptr;            // the declaring TypeName symbol
  // [added] generics: a generic Named lists its TypeParam types here; an
  // instantiation points at its generic origin (declaredMethods are the
  // origin's: substitute origin->typeParams -> typeArgs in their signatures).
  std::vector<const Type*> typeParams;
  const Type* origin = nullptr;
  int typeParamIndex = -1;               // TypeParam: position in its declaration's list

  // ---- queries (defined in types.cpp)
  const Type* underlying() const;  // self for non-Named (and for TypeParam)
  const Type* constraint() const { return kind == TypeKind::TypeParam ? underlyingType : nullptr; }
  bool isNamed() const { return kind == TypeKind::Named; }
  bool isUntyped() const { return kind >= TypeKind::UntypedBool && kind <= TypeKind::UntypedNil; }
  bool isInteger() const;   // of the underlying type, typed or untyped
  bool isUnsigned() const;
  bool isFloat() const;
  bool isNumeric() const;
  bool isString() const;
  bool isBoolean() const;
  bool isInterface() const;
  bool isPointer() const;
  bool isComparable() const;
  int intBits() const;      // 8/16/32/64 for sized integers (int, uint, uintptr: 64)

  // Run-time representation (see heap/object.h)
  SlotKind slotKind() const;  // Scalar, Ref, or Value (struct/array)
  ElemRep elemRep() const;    // packed representation as an array element

  // Go's spelling, as fmt's %T and error messages print it ("[]int",
  // "map[string]main.T", "func(int) string"). `qualify` prefixes package
  // names of named types ("main.T"); error messages use it unqualified ("T").
  std::string str(bool qualify = true) const;
};

enum class SymbolKind : uint8_t { Var, Const, TypeName, Func, Package, Builtin, Label, Nil };

enum class BuiltinId : int8_t {
  None = -1, Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make,
  Max, Min, New, Panic, Print, Println, Real, Recover
};

struct ConstValue;  // constant.h

struct Symbol {
  SymbolKind kind;
  std::string name;
  Pos pos;
  const Type* type = nullptr;        // Var/Const/Func: its type; TypeName: the declared type
  Package* pkg = nullptr;
  Node* decl = nullptr;              // FuncDecl, TypeSpec, ValueSpec, Field, AssignStmt, RangeStmt, FuncLit, ...
  const ConstValue* constant = nullptr;  // Const
  BuiltinId builtin = BuiltinId::None;
  Package* importedPkg = nullptr;    // Package symbols (an import name in a file scope)

  // Var facts used by the compiler
  bool isGlobal = false;
  bool isParam = false;
  bool isResult = false;             // named result
  bool used = false;
  bool captured = false;             // referenced from a nested FuncLit: lives in a CellObj
  bool addressTaken = false;         // &x (or implicit & for pointer-receiver method calls): lives in a CellObj
  bool reassigned = false;           // assigned after its declaration (=, op=, ++/--, := redeclaration, range =):
                                     // closures must share it through a cell (else a scalar is captured by value)
  Node* ownerFunc = nullptr;         // FuncDecl or FuncLit declaring this var
  bool isField = false;              // struct field symbol (for selectors)

  // Func facts
  Symbol* recvBase = nullptr;        // methods: TypeName of the receiver's base type
  bool ptrRecv = false;              // methods: receiver is *T
  bool isNative = false;             // declared without body in a stdlib prelude: bound by qualified name
  bool bodyChecked = false;          // FuncDecl body annotated by the checker (prelude bodies only when
                                     // reachable, see checker_reach.cpp); the compiler compiles only these
  std::vector<Symbol*> typeParams;   // generic functions / types

  int compilerIndex = -1;            // scratch for the compiler (global index, function index, ...)

  std::string qualifiedName() const; // "main.f", "main.(*T).m", "strings.(*Builder).WriteString"
};

struct Scope {
  Scope* parent = nullptr;
  std::unordered_map<std::string, Symbol*> names;
  Symbol* lookupLocal(const std::string& n) const;
  Symbol* lookup(const std::string& n) const;  // walks parents
};

struct Package {
  std::string path;   // "main", "fmt", "strings", "unicode/utf8"
  std::string name;   // "main", "fmt", "utf8"
  Scope scope;        // package-level declarations
  std::vector<File*> files;
  std::vector<Symbol*> initOrder;  // package-level vars in Go's initialization order
};

// Creates and interns types. Owns every Type and Symbol of a program.
class TypeTable {
 public:
  TypeTable();
  const Type* basic(TypeKind k) const;        // predeclared basic and untyped kinds
  const Type* errorType() const;               // the predeclared `error` (Named, underlying interface{Error() string})
  const Type* anyType() const;                 // interface{}
  const Type* sliceOf(const Type* elem);
  const Type* arrayOf(const Type* elem, int64_t len);
  const Type* pointerTo(const Type* elem);
  const Type* mapOf(const Type* key, const Type* value);
  const Type* chanOf(const Type* elem, ChanDir dir);
  const Type* funcOf(std::vector<const Type*> params, std::vector<const Type*> results, bool variadic);
  const Type* tupleOf(std::vector<const Type*> elems);
  const Type* structOf(std::vector<StructField> fields);
  const Type* interfaceOf(std::vector<Type::Method> methods, std::vector<Type::Term> terms = {}, bool comparable = false);
  Type* newNamed(const std::string& name, Package* pkg, Symbol* typeName);  // underlying set later
  Type* newTypeParam(const std::string& name, const Type* constraint);
  Symbol* newSymbol(SymbolKind k, const std::string& name, Pos pos);
  Package* newPackage(const std::string& path, const std::string& name);
  // [added]
  const Type* comparableType() const;          // the predeclared `comparable` constraint (Named)
  // Interned instantiation of a generic Named type. Its underlying type is
  // origin's underlying with typeParams substituted (computed now if the
  // origin is resolved, else by completeInstances()).
  // Type arguments nested deeper than kMaxInstanceDepth (T[P] whose body
  // names T[[]P], ...: Go's "instantiation cycle") give the Invalid type and
  // set a flag the checker reports, instead of recursing without end.
  const Type* instantiate(const Type* generic, const std::vector<const Type*>& args);
  static constexpr int kMaxInstanceDepth = 64;
  bool takeInstantiationCycle() { bool c = instantiationCycle_; instantiationCycle_ = false; return c; }
  void completeInstances();
  // Replaces params[i] by args[i] everywhere in t (instantiating named generic
  // types on the way). Identity when nothing changes.
  const Type* subst(const Type* t, const std::vector<const Type*>& params, const std::vector<const Type*>& args);
  // Recomputes Type::fieldKinds of every struct (after all named types are resolved).
  void refreshFieldKinds();
  // Keeps a constant alive as long as the table (Expr::constant, Symbol::constant point here).
  const ConstValue* keepConst(const ConstValue& v);

 private:
  std::deque<Type> types_;
  std::deque<Symbol> symbols_;
  std::deque<Package> packages_;
  std::map<std::string, const Type*> interned_;  // key: structural signature
  std::vector<const Type*> basics_;
  const Type* error_ = nullptr;
  const Type* any_ = nullptr;
  const Type* comparable_ = nullptr;
  std::vector<std::shared_ptr<const ConstValue>> consts_;
  std::map<std::string, const Type*> instances_;
  std::vector<Type*> pendingInstances_;
  bool instantiationCycle_ = false;
  const Type* intern(Type&& t, const std::string& key);
  const Type* substRec(const Type* t, const std::vector<const Type*>& params, const std::vector<const Type*>& args, int depth);
};

// Type relations (types.cpp)
bool identical(const Type* a, const Type* b);
// How deeply types nest inside t (elements, fields, signatures, type
// arguments), counted up to `limit` (then `limit` is returned).
int typeNestingDepth(const Type* t, int limit);          // pointer equality after interning
bool assignableTo(const Type* v, const Type* t);       // Go spec "Assignability" (v may be untyped)
bool implements(const Type* t, const Type* iface, std::string* missing = nullptr);
const Type* defaultType(const Type* untyped);          // untyped int -> int, rune -> int32, ...
// Method lookup including promotion through embedded fields.
struct MethodLookup { Symbol* method = nullptr; std::vector<int> path; std::vector<bool> derefs; bool indirect = false; bool onInterface = false; int ifaceIndex = -1; };
MethodLookup lookupMethod(const Type* t, const std::string& name);

// [added] Field or method lookup with promotion through embedded fields
// (Go spec "Selectors"): the shallowest depth wins; two at the same depth
// are ambiguous. `path` lists field indices from t (after auto-deref) to the
// field itself (Field) or to the receiver's embedded value (Method);
// derefs[i] says a pointer is dereferenced before step i.
struct FieldOrMethod {
  enum class Kind : uint8_t { NotFound, Field, Method, Ambiguous } kind = Kind::NotFound;
  std::vector<int> path;
  std::vector<bool> derefs;
  const Type* fieldType = nullptr;   // Field
  Symbol* method = nullptr;          // Method declared on a named type
  const Type* recvNamed = nullptr;   // Method: the named type (possibly an instance) declaring it
  bool onInterface = false;          // Method found in an interface's method set
  int ifaceIndex = -1;
  const Type* ifaceType = nullptr;   // the interface (underlying) holding the method
  bool indirect = false;             // a pointer was dereferenced somewhere along the path (or t is a pointer)
  bool recvIsPtr = false;            // value after path is a pointer (for method receivers)
};
FieldOrMethod lookupFieldOrMethod(const Type* t, const std::string& name);
// For messages: "missing method M", "method M has pointer receiver", "wrong type for method M".
bool missingMethod(const Type* t, const Type* iface, std::string* reason);

}  // namespace heapscope
