"""The ways a benchmark program is run: heapscope native, heapscope wasm in
node, compiled Go, Lua 5.4 and CPython. Each engine turns a program file into a
command line; compiled Go first builds a binary into the run's temp dir (never
/dev/null: a failing go build deletes its output file)."""
import os
import shutil
import subprocess


class Engine:
    def __init__(self, key, label, lang, argv, note=""):
        self.key = key        # results.json key
        self.label = label    # table header
        self.lang = lang      # which version of a program it runs: go, lua, py
        self._argv = argv     # callable(path, args) -> argv, or None if unavailable
        self.note = note      # why unavailable, or the version string

    @property
    def available(self):
        return self._argv is not None

    def command(self, path, args, workdir):
        """argv to run `path`; raises RuntimeError if a build step fails."""
        return self._argv(path, args, workdir)


def _version(cmd):
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=30)
        return p.stdout.decode("utf-8", "replace").strip().split("\n")[0]
    except (OSError, subprocess.TimeoutExpired):
        return ""


def _go_builder(go):
    built = {}

    def argv(path, args, workdir):
        if path not in built:
            out_dir = os.path.join(workdir, "gobin", str(len(built)))
            os.makedirs(out_dir, exist_ok=True)
            exe = os.path.join(out_dir, os.path.basename(path)[:-3])
            p = subprocess.run([go, "build", "-o", exe, path], stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               cwd=out_dir, timeout=300)
            if p.returncode != 0:
                raise RuntimeError("go build failed: " + p.stdout.decode("utf-8", "replace")[-500:])
            built[path] = exe
        return [built[path]] + list(args)
    return argv


def make_engines(native_dir, web_dir):
    cli = os.path.join(native_dir, "shell", "cli", "heapscope")
    node_entry = os.path.join(web_dir, "dist", "heapscope-node.js")
    node = shutil.which("node")
    go = shutil.which("go")
    lua = shutil.which("lua5.4")
    # Debian's interpreter, not a pyenv shim (a shell script that adds start-up time).
    py = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else shutil.which("python3")
    engines = [
        Engine("native", "heapscope", "go",
               (lambda p, a, w: [cli, "run", p] + list(a)) if os.path.exists(cli) else None,
               cli if os.path.exists(cli) else "missing " + cli),
        # Not in the default set: shows what the cycle collector costs (--engines native,native_rc).
        Engine("native_rc", "hs rc-only", "go",
               (lambda p, a, w: [cli, "run", "--gc=refcount-only", p] + list(a))
               if os.path.exists(cli) else None, "heapscope run --gc=refcount-only"),
        Engine("wasm", "wasm", "go",
               (lambda p, a, w: [node, node_entry, "run", p] + list(a))
               if node and os.path.exists(node_entry) else None,
               _version([node, "--version"]) if node and os.path.exists(node_entry)
               else "missing node or " + node_entry),
        Engine("go", "Go", "go", _go_builder(go) if go else None,
               _version([go, "version"]) if go else "go not installed"),
        Engine("lua", "Lua", "lua", (lambda p, a, w: [lua, p] + list(a)) if lua else None,
               _version([lua, "-v"]) if lua else "lua5.4 not installed"),
        Engine("py", "CPython", "py", (lambda p, a, w: [py, p] + list(a)) if py else None,
               _version([py, "--version"]) if py else "python3 not installed"),
    ]
    return engines
