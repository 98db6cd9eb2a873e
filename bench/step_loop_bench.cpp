// step_loop_bench: the "inspector on" row of issue 8. Runs one Go program
// twice in this process, both through core/api's Session:
//   cli   — Session::runToEnd(), what `heapscope run` does;
//   loop  — Session::run(20000) until finished, the GUI's per-frame step
//           budget (App::tick, stepsPerFrame = 20000), with no rendering.
// Prints "cli <seconds> loop <seconds>" (min of --runs each, after a warm-up)
// and checks both outputs are the same. Start-up and compile are outside the
// timings, so the ratio is the cost of stopping and resuming the VM.
//
// Built by bench/extras.py against the native tree's static libraries:
//   c++ -O2 -std=c++20 -I core bench/step_loop_bench.cpp <libhs_*.a>
// Usage: step_loop_bench prog.go [runs] [args...]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "api/session.h"

using namespace heapscope;

namespace {

struct CaptureHost final : Host {
  std::string out;
  void write(int, std::string_view bytes) override { out.append(bytes); }
};

constexpr uint64_t kStepsPerFrame = 20000;  // shell/gui/app.h Config::stepsPerFrame

double runOnce(const std::string& source, const std::vector<std::string>& args, bool stepLoop,
               std::string* output, int* exitCode) {
  CaptureHost host;
  SessionOptions opts;
  opts.args = args;
  Session s(host, opts);
  if (!s.compile(source)) {
    *output = host.out;
    *exitCode = 1;
    return 0;
  }
  auto t0 = std::chrono::steady_clock::now();
  if (stepLoop) {
    while (s.run(kStepsPerFrame) != RunStatus::Finished && !s.finished()) {
    }
  } else {
    s.runToEnd();
  }
  auto t1 = std::chrono::steady_clock::now();
  *output = host.out;
  *exitCode = s.exitCode();
  return std::chrono::duration<double>(t1 - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: step_loop_bench prog.go [runs] [args...]\n");
    return 2;
  }
  std::ifstream f(argv[1]);
  std::stringstream ss;
  ss << f.rdbuf();
  const std::string source = ss.str();
  int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  std::vector<std::string> args(argv + std::min(argc, 3), argv + argc);
  double best[2] = {1e30, 1e30};
  std::string outs[2];
  for (int i = 0; i <= runs; i++) {      // i == 0: warm-up
    for (int mode = 0; mode < 2; mode++) {  // alternate, so drift hits both
      int code = 0;
      double t = runOnce(source, args, mode == 1, &outs[mode], &code);
      if (code != 0) {
        std::fprintf(stderr, "exit %d: %s\n", code, outs[mode].c_str());
        return 1;
      }
      if (i > 0) best[mode] = std::min(best[mode], t);
    }
  }
  if (outs[0] != outs[1]) {
    std::fprintf(stderr, "outputs differ between runToEnd and the step loop\n");
    return 1;
  }
  std::printf("cli %.6f loop %.6f\n", best[0], best[1]);
  return 0;
}
