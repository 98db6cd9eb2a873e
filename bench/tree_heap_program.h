// The Go program both heap benches run (bench/gui_frame_bench.cpp and
// bench/snapshot_bench.cpp --tree): one struct per iteration, held twice, by
// a global slice and as a node of a binary tree under a global root, so the
// GUI's graph fills its whole budget of drawn objects (a dozen slice
// elements plus the tree's top levels).
#pragma once
#include <string>

namespace heapscope {

inline std::string treeHeapProgram(long objects) {
  return "package main\n\n"
         "type node struct {\n\tid    int\n\tleft  *node\n\tright *node\n}\n\n"
         "var tree *node\n"  // first: roots are walked in declaration order
         "var all []*node\n\n"
         "func main() {\n"
         "\tfor i := 0; i < " + std::to_string(objects) + "; i++ {\n"
         "\t\tn := &node{id: i}\n"
         "\t\tall = append(all, n)\n"
         "\t\tif i > 0 {\n"
         "\t\t\tp := all[(i-1)/2]\n"
         "\t\t\tif i%2 == 1 {\n\t\t\t\tp.left = n\n\t\t\t} else {\n\t\t\t\tp.right = n\n\t\t\t}\n"
         "\t\t}\n"
         "\t}\n"
         "\ttree = all[0]\n"
         "\tprintln(len(all))\n"
         "}\n";
}

}  // namespace heapscope
