// Start-up: the checker checks a stdlib prelude's function bodies only when
// the program can reach them (core/types/checker_reach.cpp), the compiler
// refuses a body that was not checked. These tests pin that contract over the
// real preludes; the Go script tests run the reached code.
#include <gtest/gtest.h>

#include "compile/compiler.h"
#include "stdlib/stdlib.h"
#include "syntax/parser.h"
#include "types/checker.h"
#include "vm/native.h"

namespace heapscope {
namespace {

struct Checked {
  std::unique_ptr<File> file;
  std::unique_ptr<TypeTable> types = std::make_unique<TypeTable>();
  CheckResult result;
};

Checked check(const std::string& src, bool allBodies) {
  Checked c;
  std::vector<SyntaxError> errs;
  c.file = parseFileOwned(src, "prog.go", errs);
  EXPECT_TRUE(errs.empty());
  ImportResolver resolver = [](const std::string& path) { return stdlibPrelude(path); };
  CheckOptions opts;
  opts.checkAllPreludeBodies = allBodies;
  c.result = checkProgram(c.file.get(), *c.types, resolver, defaultParser(), opts);
  return c;
}

std::string diagnostics(const CheckResult& r) {
  std::string out;
  for (auto& d : r.diagnostics) out += d.format() + "\n";
  return out;
}

Symbol* member(const CheckResult& r, const std::string& path, const std::string& name) {
  for (Package* p : r.packages)
    if (p->path == path) return p->scope.lookupLocal(name);
  return nullptr;
}

Symbol* method(Symbol* typeName, const std::string& name) {
  for (Symbol* m : typeName->type->declaredMethods)
    if (m->name == name) return m;
  return nullptr;
}

std::shared_ptr<Program> compile(Checked& c, std::vector<CompileError>& errors) {
  NativeRegistry natives;
  registerStdlib(natives);
  CompileInput in;
  in.check = &c.result;
  in.types = c.types.get();
  in.mainFile = c.file.get();
  in.natives = &natives;
  return compileProgram(in, errors);
}

// Unreached bodies are never checked in a run, so a mistake in one would go
// unnoticed there: check them all here.
TEST(PreludeReach, EveryPreludeBodyChecksClean) {
  for (const std::string& path : stdlibPackages()) {
    Checked c = check("package main\n\nimport _ \"" + path + "\"\n\nfunc main() {}\n", true);
    EXPECT_TRUE(c.result.ok) << path << ":\n" << diagnostics(c.result);
  }
}

TEST(PreludeReach, OnlyReachedBodiesAreChecked) {
  Checked c = check(
      "package main\n\nimport \"strings\"\n\nfunc main() {\n\tvar b strings.Builder\n\tb.WriteString(\"x\")\n"
      "\tprintln(b.Len())\n}\n",
      false);
  ASSERT_TRUE(c.result.ok) << diagnostics(c.result);
  Symbol* builder = member(c.result, "strings", "Builder");
  Symbol* newReplacer = member(c.result, "strings", "NewReplacer");
  ASSERT_TRUE(builder && newReplacer);
  // called directly
  EXPECT_TRUE(method(builder, "WriteString")->bodyChecked);
  // not called, but a Builder may reach an interface (fmt calls String by name)
  EXPECT_TRUE(method(builder, "String")->bodyChecked);
  // nothing reaches the Replacer
  EXPECT_FALSE(newReplacer->bodyChecked);
  EXPECT_FALSE(method(member(c.result, "strings", "Replacer"), "Replace")->bodyChecked);
  std::vector<CompileError> errors;
  EXPECT_TRUE(compile(c, errors)) << (errors.empty() ? "" : errors[0].message);
}

TEST(PreludeReach, ReachedThroughResultType) {
  // the program never names time.Time; fmt would call its String method
  Checked c = check("package main\n\nimport \"time\"\n\nfunc main() {\n\tvar x any = time.Now()\n\t_ = x\n}\n", false);
  ASSERT_TRUE(c.result.ok) << diagnostics(c.result);
  Symbol* timeType = member(c.result, "time", "Time");
  EXPECT_TRUE(method(timeType, "String")->bodyChecked);
  EXPECT_TRUE(method(timeType, "Format")->bodyChecked);  // String calls it
  // no interface names AddDate and nothing calls it
  EXPECT_FALSE(method(timeType, "AddDate")->bodyChecked);
  EXPECT_FALSE(c.result.dynamicMethodNames.count("AddDate"));
  std::vector<CompileError> errors;
  EXPECT_TRUE(compile(c, errors)) << (errors.empty() ? "" : errors[0].message);
}

TEST(PreludeReach, InterfaceNamingAMethodReachesIt) {
  // a user interface with AddDate's name: Time's AddDate may be called through it
  Checked c = check(
      "package main\n\nimport \"time\"\n\ntype adder interface{ AddDate(y, m, d int) time.Time }\n\n"
      "func main() {\n\tvar a adder = time.Now()\n\t_ = a\n}\n",
      false);
  ASSERT_TRUE(c.result.ok) << diagnostics(c.result);
  EXPECT_TRUE(method(member(c.result, "time", "Time"), "AddDate")->bodyChecked);
  std::vector<CompileError> errors;
  EXPECT_TRUE(compile(c, errors)) << (errors.empty() ? "" : errors[0].message);
}

TEST(PreludeReach, CompilerRefusesUncheckedBody) {
  Checked c = check(
      "package main\n\nimport \"strings\"\n\nfunc main() {\n\tprintln(strings.NewReplacer(\"a\", \"b\").Replace(\"a\"))\n}\n",
      false);
  ASSERT_TRUE(c.result.ok) << diagnostics(c.result);
  Symbol* newReplacer = member(c.result, "strings", "NewReplacer");
  ASSERT_TRUE(newReplacer && newReplacer->bodyChecked);
  newReplacer->bodyChecked = false;  // as if the reachability analysis had missed it
  std::vector<CompileError> errors;
  EXPECT_FALSE(compile(c, errors));
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].message.find("internal error: strings.NewReplacer"), std::string::npos) << errors[0].message;
}

}  // namespace
}  // namespace heapscope
