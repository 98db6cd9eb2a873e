// Natives of package os: program arguments, exit, and writes to the Host
// (the core never touches real file descriptors; fd 1/2 go to Host::write).
#include "stdlib/native_util.h"

namespace heapscope::stdlib {

namespace {

NativeStatus runtimeArgs(NativeCall& c) {
  const std::vector<std::string>& args = c.vm.programArgs();
  std::vector<std::string_view> parts(args.begin(), args.end());
  retStrings(c, 0, parts);
  return NativeStatus::Done;
}

NativeStatus exitNative(NativeCall& c) {
  c.vm.exitProgram(static_cast<int>(argInt(c, 0)));
  return NativeStatus::Exit;
}

NativeStatus writeFd(NativeCall& c) {
  int fd = static_cast<int>(argInt(c, 0));
  if (fd == 1 || fd == 2) c.vm.write(fd, argBytes(c, 1));
  return NativeStatus::Done;
}

NativeStatus writeFdString(NativeCall& c) {
  int fd = static_cast<int>(argInt(c, 0));
  if (fd == 1 || fd == 2) c.vm.write(fd, argStr(c, 1));
  return NativeStatus::Done;
}

}  // namespace

void registerOsNatives(NativeRegistry& r) {
  static constexpr NativeDef kNatives[] = {
      {"os.runtimeArgs", runtimeArgs},
      {"os.Exit", exitNative},
      {"os.writeFd", writeFd},
      {"os.writeFdString", writeFdString},
  };
  r.add(kNatives);
}

}  // namespace heapscope::stdlib
