#!/usr/bin/env python3
"""Profile-guided eager compilation of the node module's start-up code.

    compile_hints.py DIST_DIR TRAINING_PROGRAM.go

V8 compiles a wasm function lazily, on its first call, with its baseline
compiler (Liftoff). A program's first line runs only after ~1 000 of our
functions (the CLI, parser, checker, compiler, VM: ~320 KB) have been
compiled that way, one call into the runtime each, on the main thread:
~25 ms of every `node heapscope-node.js run` (docs/PERFORMANCE.md).

This runs the training program once through dist/heapscope-node.js with
V8's compilation trace, takes the functions Liftoff compiled (what every
program needs before its first line and a little after), and writes them
into heapscope_core.wasm as V8's `compilationHints` custom section: "eager,
baseline tier", the optimizing tier left to V8's dynamic tiering. With
--experimental-wasm-compilation-hints (set by heapscope-node.js) V8 then
compiles exactly those functions while it compiles the module, on all
cores, and the rest stays lazy. Engines without the flag ignore the custom
section. Any failure leaves the module without hints (a warning, exit 0):
the hints only move compile work, they never change what runs.
"""
import os
import re
import subprocess
import sys

SECTION = b"compilationHints"
EAGER_BASELINE = 0x06  # strategy eager (2) | baseline tier Liftoff (1 << 2) | top tier default (0 << 4)


def leb(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def uleb(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def sections(data):
    """(id, start, payload start, end) of each section."""
    out, i = [], 8
    while i < len(data):
        size, j = leb(data, i + 1)
        out.append((data[i], i, j, j + size))
        i = j + size
    return out


def custom_name(data, payload):
    n, k = leb(data, payload)
    return data[k:k + n]


def function_counts(data):
    """(imported functions, declared functions)."""
    imported = declared = 0
    for sid, _, p, _ in sections(data):
        if sid == 2:  # imports: count the functions (kind 0), skip the rest
            n, k = leb(data, p)
            for _ in range(n):
                for _ in range(2):  # module and field names
                    length, k = leb(data, k)
                    k += length
                kind = data[k]
                k += 1
                if kind == 0:
                    _, k = leb(data, k)
                    imported += 1
                elif kind in (1, 2):  # table (reftype, limits) or memory (limits)
                    if kind == 1:
                        k += 1
                    flags, k = leb(data, k)
                    _, k = leb(data, k)
                    if flags & 1:
                        _, k = leb(data, k)
                elif kind == 3:  # global: valtype, mutability
                    k += 2
        elif sid == 3:
            declared, _ = leb(data, p)
    return imported, declared


def without_hints(data):
    out = bytearray(data[:8])
    for sid, s, p, e in sections(data):
        if sid == 0 and custom_name(data, p) == SECTION:
            continue
        out += data[s:e]
    return bytes(out)


def with_hints(data, declared, eager):
    hints = bytearray(declared)
    for index in eager:
        hints[index] = EAGER_BASELINE
    payload = uleb(len(SECTION)) + SECTION + uleb(declared) + bytes(hints)
    section = bytes([0]) + uleb(len(payload)) + payload
    code = next(s for sid, s, _, _ in sections(data) if sid == 10)  # V8 wants it before the code
    return data[:code] + section + data[code:]


def trained_functions(dist, program):
    env = dict(os.environ)
    env.pop("NODE_EXTRA_CA_CERTS", None)  # see bench/run.py
    run = subprocess.run(["node", "--trace-wasm-compilation-times", os.path.join(dist, "heapscope-node.js"),
                          "run", program], env=env, stdin=subprocess.DEVNULL, capture_output=True,
                         text=True, timeout=120)
    if run.returncode != 0:
        raise RuntimeError("training run exited %d: %s" % (run.returncode, run.stderr.strip()[:200]))
    return sorted({int(m) for m in re.findall(r"#(\d+) using Liftoff", run.stdout)})


def main():
    dist, program = sys.argv[1], sys.argv[2]
    path = os.path.join(dist, "heapscope_core.wasm")
    with open(path, "rb") as f:
        data = without_hints(f.read())
    with open(path, "wb") as f:  # the training run must see the module without old hints
        f.write(data)
    try:
        imported, declared = function_counts(data)
        compiled = trained_functions(dist, program)
        eager = [i - imported for i in compiled if imported <= i < imported + declared]
        if not eager:
            raise RuntimeError("the trace named no compiled functions")
    except (OSError, RuntimeError, subprocess.SubprocessError, ValueError, IndexError) as e:
        print("compile_hints: warning: no compilation hints (%s)" % e, file=sys.stderr)
        return 0
    with open(path, "wb") as f:
        f.write(with_hints(data, declared, eager))
    print("compile_hints: %d of %d functions compiled eagerly" % (len(eager), declared))
    return 0


if __name__ == "__main__":
    sys.exit(main())
