// Native `heapscope` binary: reads the program file and writes the program's
// output straight to fds 1 and 2 (unbuffered, so stdout and stderr keep their
// relative order when merged, as with `go run`).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli_args.h"
#include "cli_run.h"

namespace {

class FdHost final : public heapscope::Host {
 public:
  void write(int fd, std::string_view bytes) override {
    if (fd != 1 && fd != 2) fd = 2;
    while (!bytes.empty()) {
      ssize_t n = ::write(fd, bytes.data(), bytes.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        return;  // closed pipe: drop output, as Go does after EPIPE on stdout
      }
      bytes.remove_prefix(static_cast<size_t>(n));
    }
  }
};

// --snapshot files, written in chunks (a million-object export never needs
// a second full copy in memory).
class StreamFileWriter final : public heapscope::FileWriter {
 public:
  std::string writeFile(const std::string& path, const std::function<void(const Chunks&)>& produce) override {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return "open " + path + ": " + std::strerror(errno);
    produce([&](std::string_view chunk) { out.write(chunk.data(), static_cast<std::streamsize>(chunk.size())); });
    out.close();
    if (!out) return "write " + path + ": " + std::strerror(errno);
    return "";
  }
};

void say(int fd, const std::string& line) {
  FdHost().write(fd, line + "\n");
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  heapscope::CliArgs cli;
  std::string error;
  if (!heapscope::parseCliArgs(args, cli, error)) {
    say(2, "heapscope: " + error);
    say(2, heapscope::cliUsage());
    return 2;
  }
  if (cli.help) {
    say(1, heapscope::cliUsage());
    return 0;
  }
  std::ifstream in(cli.progPath, std::ios::binary);
  if (!in) {
    say(2, "heapscope: open " + cli.progPath + ": " + std::strerror(errno));
    return 1;
  }
  std::ostringstream text;
  text << in.rdbuf();
  FdHost host;
  StreamFileWriter files;
  return heapscope::runCliProgram(cli, text.str(), host, &files);
}
