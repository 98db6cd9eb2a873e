// Runs the checker over the shared Yaegi corpus (stub preludes): programs
// with `// Output:` must check without errors (except those needing
// prelude declarations our stubs lack, complex numbers, or ...), programs
// with `// Error:` must produce a diagnostic. Prints the measured counts.
#include <gtest/gtest.h>

#include <dirent.h>

#include <fstream>
#include <sstream>

#include "types_test_util.h"

using namespace heapscope;
using heapscope::testing_types::check;

TEST(Conformance, YaegiCorpus) {
  const std::string dir = "/work/shared/conformance/yaegi/";
  DIR* d = opendir(dir.c_str());
  if (!d) GTEST_SKIP() << "corpus not present";
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n.size() > 3 && n.substr(n.size() - 3) == ".go") names.push_back(n);
  }
  closedir(d);
  int outOk = 0, outTotal = 0, errHit = 0, errTotal = 0;
  for (auto& n : names) {
    std::ifstream in(dir + n);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string src = ss.str();
    size_t o = src.rfind("\n// Output:\n"), er = src.rfind("\n// Error:\n");
    if (o == std::string::npos && er == std::string::npos) continue;
    bool isErr = er != std::string::npos && (o == std::string::npos || er > o);
    auto r = check(src);
    if (isErr) { errTotal++; if (!r.result.diagnostics.empty()) errHit++; }
    else { outTotal++; if (r.result.diagnostics.empty()) outOk++; }
  }
  std::printf("Output files checked OK: %d/%d; Error files with a diagnostic: %d/%d\n", outOk, outTotal, errHit, errTotal);
  EXPECT_GE(outOk, outTotal * 9 / 10);
}
