// Emscripten glue for the core-only node module (heapscope_core.js): the CLI
// in WebAssembly. heapscope-node.js passes the command line and provides two
// callbacks on the module object: hsWrite(fd, bytes) and hsReadFile(path) ->
// Uint8Array|null. The parsing and run logic are shell/cli's, shared with the
// native binary, so both behave the same.
#include <emscripten.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "cli_args.h"
#include "cli_run.h"

// clang-format off
EM_JS(void, hs_js_write, (int fd, const char* data, int len), {
  Module.hsWrite(fd, HEAPU8.slice(data, data + len));
});

// Returns a malloc'd copy of the file (caller frees) and its length, or null.
EM_JS(char*, hs_js_read_file, (const char* path, int* lenOut), {
  var bytes = Module.hsReadFile(UTF8ToString(path));
  if (bytes === null) return 0;
  var ptr = _malloc(bytes.length + 1);
  HEAPU8.set(bytes, ptr);
  HEAPU8[ptr + bytes.length] = 0;
  HEAP32[lenOut >> 2] = bytes.length;
  return ptr;
});
// clang-format on

namespace {

class JsHost final : public heapscope::Host {
 public:
  void write(int fd, std::string_view bytes) override {
    if (!bytes.empty()) hs_js_write(fd == 2 ? 2 : 1, bytes.data(), static_cast<int>(bytes.size()));
  }
};

void say(int fd, const std::string& line) {
  JsHost().write(fd, line + "\n");
}

}  // namespace

// argv: the words after the program name, each NUL-terminated, `len` bytes in all.
extern "C" EMSCRIPTEN_KEEPALIVE int hs_cli_main(const char* argv, int len) {
  std::vector<std::string> args;
  for (int i = 0; i < len;) {
    std::string word(argv + i);
    i += static_cast<int>(word.size()) + 1;
    args.push_back(std::move(word));
  }
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
  int size = 0;
  char* text = hs_js_read_file(cli.progPath.c_str(), &size);
  if (!text) {
    say(2, "heapscope: open " + cli.progPath + ": no such file or directory");
    return 1;
  }
  std::string source(text, static_cast<size_t>(size));
  std::free(text);
  JsHost host;
  return heapscope::runCliProgram(cli, source, host);
}
