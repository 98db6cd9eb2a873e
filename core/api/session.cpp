// Session: parse -> check (with the stdlib resolver) -> compile (natives bound
// by qualified name) -> Vm, and run(budget) over the scheduler. Diagnostics
// are written to stderr through the Host, Go-style ("prog.go:3:5: ...").
//
// Exit codes: 0 ok, 1 compile error, 2 panic / fatal error / step limit,
// n for os.Exit(n). (The CLI uses 3 for a failed --audit.)
#include "api/session.h"

#include <algorithm>

#include "compile/compiler.h"
#include "syntax/parser.h"
#include "types/checker.h"
#include "vm/vm.h"

#if __has_include("stdlib/stdlib.h")
#include "stdlib/stdlib.h"
#define HS_HAVE_STDLIB 1
#endif

namespace heapscope {

Session::Session(Host& host, SessionOptions options) : host_(host), options_(std::move(options)) {
  seekOutput_.setCap(options_.seekOutputBytes);
}

Session::~Session() {
  vm_.reset();  // frees the heap before the program's types go away
  program_.reset();
}

bool Session::compile(std::string_view source) {
  vm_.reset();
  program_.reset();
  diagnostics_.clear();
  compileFailed_ = false;
  step_ = StepState{};
  lastLines_.clear();
  lineCache_ = LineCache{};
  seek_ = SeekState{};
  seekOutput_.clear();
  muted_ = false;
  maxStepReached_ = 0;
  finishedAtStep_ = UINT64_MAX;
  lineStarts_.clear();
  lineStartsKnownTo_ = 0;
  auto fail = [&](int line, int col, const std::string& msg) {
    diagnostics_.push_back(Diagnostic{line, col, msg});
  };
  auto report = [&]() {
    std::string out;
    for (auto& d : diagnostics_) {
      if (d.line > 0) out += options_.fileName + ":" + std::to_string(d.line) + ":" + std::to_string(d.col) + ": ";
      out += d.message + "\n";
    }
    host_.write(2, out);
    compileFailed_ = true;
    exitCode_ = 1;
    return false;
  };

  std::vector<SyntaxError> serrs;
  std::unique_ptr<File> file(parseFile(source, options_.fileName, serrs));
  if (!file) {
    for (auto& e : serrs) fail(e.line, e.col, e.message);
    if (diagnostics_.empty()) fail(0, 0, "syntax error");
    return report();
  }

  auto types = std::make_shared<TypeTable>();
  ImportResolver resolver = [](const std::string& path) -> const std::string* {
#ifdef HS_HAVE_STDLIB
    return stdlibPrelude(path);
#else
    (void)path;
    return nullptr;
#endif
  };
  ParseFn parse = defaultParser();
  auto cr = std::make_shared<CheckResult>(checkProgram(file.get(), *types, resolver, parse));
  if (!cr->ok) {
    for (auto& d : cr->diagnostics) {
      if (d.line == 0 || d.file.empty()) fail(0, 0, d.message);
      else if (d.file == options_.fileName) fail(d.line, d.col, d.message);
      else fail(0, 0, d.format());
    }
    if (diagnostics_.empty()) fail(0, 0, "type check failed");
    return report();
  }

  NativeRegistry natives;
#ifdef HS_HAVE_STDLIB
  registerStdlib(natives);
#endif
  std::vector<CompileError> cerrs;
  CompileInput in;
  in.check = cr.get();
  in.types = types.get();
  in.mainFile = file.get();
  in.natives = &natives;
  in.fileName = options_.fileName;
  std::shared_ptr<Program> prog = compileProgram(in, cerrs);
  if (!prog || !cerrs.empty()) {
    for (auto& e : cerrs) fail(e.line, e.col, e.message);
    if (diagnostics_.empty()) fail(0, 0, "compile failed");
    return report();
  }
  // The program keeps the AST, the checker's state and the types alive.
  struct Owner {
    std::shared_ptr<TypeTable> types;
    std::shared_ptr<CheckResult> check;
    std::unique_ptr<File> file;
  };
  auto owner = std::make_shared<Owner>();
  owner->types = types;
  owner->check = cr;
  owner->file = std::move(file);
  prog->typeOwner = owner;
  program_ = prog;
  makeVm();
  return true;
}

void Session::makeVm() {
  vm_.reset();  // the Vm binds the program's string constants: one Vm at a time
  VmOptions vo;
  vo.seed = options_.seed;
  vo.maxSteps = options_.maxSteps;
  vo.maxHeapBytes = options_.maxHeapBytes;
  vo.cycleCollector = options_.cycleCollector;
  vo.args = options_.args;
  vm_ = std::make_unique<Vm>(recorder_, program_, vo);
}

size_t Session::collectGarbageNow(size_t* inCycles) {
  if (inCycles) *inCycles = 0;
  if (!vm_ || vm_->finished() || seek_.active) return 0;
  Heap& heap = vm_->heap();
  const uint64_t before = heap.stats().liveObjects;
  heap.drainFrees();
  const size_t cycles = heap.collectCycles();
  if (inCycles) *inCycles = cycles;
  const uint64_t after = heap.stats().liveObjects;
  return before > after ? static_cast<size_t>(before - after) : 0;
}

RunStatus Session::run(uint64_t budget) {
  if (!vm_) return compileFailed_ ? RunStatus::Finished : RunStatus::NotStarted;
  if (vm_->finished()) return RunStatus::Finished;
  if (seek_.active) {  // a seek in progress is finished first
    if (!continueSeek(budget)) return RunStatus::BudgetUsed;
    return vm_->finished() ? RunStatus::Finished : RunStatus::StepDone;
  }
  struct NoteReached {  // whichever way run() returns
    Session& s;
    ~NoteReached() {
      s.maxStepReached_ = std::max(s.maxStepReached_, s.steps());
      if (s.vm_ && s.vm_->finished()) s.finishedAtStep_ = std::min(s.finishedAtStep_, s.steps());
    }
  } noteReached{*this};
  if (!breakpoints_.empty() || step_.active) return runChecked(budget);
  VmStatus s = vm_->run(budget);
  if (s == VmStatus::Finished) {
    exitCode_ = vm_->exitCode();
    return RunStatus::Finished;
  }
  return RunStatus::BudgetUsed;
}

RunStatus Session::runToEnd() {
  RunStatus s;
  do {
    s = run(1u << 20);
  } while (s == RunStatus::BudgetUsed || s == RunStatus::Breakpoint || s == RunStatus::StepDone);
  return s;
}

bool Session::finished() const { return compileFailed_ || (vm_ && vm_->finished()); }
int Session::exitCode() const { return compileFailed_ ? 1 : (vm_ && vm_->finished() ? vm_->exitCode() : exitCode_); }
uint64_t Session::steps() const { return vm_ ? vm_->steps() : 0; }
int Session::currentLine() const { return vm_ ? vm_->currentLine() : 0; }

std::vector<AuditMismatch> Session::audit() {
  if (!vm_) return {};
  vm_->heap().drainFrees();
  return vm_->heap().audit(*vm_);
}

}  // namespace heapscope
