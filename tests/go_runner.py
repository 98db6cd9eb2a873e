#!/usr/bin/python3
"""Runs Go programs through the heapscope CLI and checks their expectations.

Owns two suites that scripts/test.sh counts:

* script tests: every tests/go/**/*.go. The file ends with either
    // Output:            expected merged stdout+stderr (as `go run` shows them),
    // ...                exact after trimming trailing whitespace; the exit code
                          must be 0, or 2 when the output shows a panic/fatal
                          error, or N when the file has a line `// Exit: N`;
  or
    // Error:             expected first line of stderr, exact; exit code != 0.
    // ...
  Each file is one test. Each runs with --audit (the core verifies refcounts at
  exit) and a timeout; a line `// Flags: --leaks` adds CLI flags. A line
  `// Replay: SEED OTHER` also checks determinism: two runs with
  `--seed SEED --sched-trace` must print identical output and scheduling
  traces, and a run with `--seed OTHER` a different trace.

* conformance: every ../shared/conformance/yaegi/*.go, compared as that
  corpus' README prescribes (Output: merged output, trimmed both ends; Error:
  expected text is a substring of the first reported error once path prefixes
  ending in "<file name>:" are removed). The suite is one verdict: it fails only
  when the pass count drops below tests/conformance_baseline.txt.

Usable alone:  python3 tests/go_runner.py script --cli build/native/shell/cli/heapscope
               python3 tests/go_runner.py conformance --cli ... [--only a1.go,...]
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TIMEOUT_S = 10.0


class Expectation:
    def __init__(self, kind, text, exit_code=None, flags=None, replay=None):
        self.kind = kind          # "output" or "error"
        self.text = text
        self.exit_code = exit_code  # from `// Exit: N`, else None
        self.flags = flags or []    # from `// Flags: --leaks ...` (extra CLI flags)
        self.replay = replay        # from `// Replay: SEED OTHER`: (SEED, OTHER), else None


def parse_expectation(source):
    """The last `// Output:` or `// Error:` block of a file (Go example style:
    strip `//` and at most one following space, join with newlines)."""
    lines = source.split("\n")
    start = None
    for i, line in enumerate(lines):
        if line.rstrip() in ("// Output:", "// Error:"):
            start = i
    if start is None:
        return None
    kind = "output" if lines[start].rstrip() == "// Output:" else "error"
    body = []
    for line in lines[start + 1:]:
        if not line.startswith("//"):
            break
        text = line[2:]
        if text.startswith(" "):
            text = text[1:]
        body.append(text)
    exit_code = None
    flags = []
    replay = None
    for line in lines:
        m = re.fullmatch(r"// Exit: (\d+)\s*", line)
        if m:
            exit_code = int(m.group(1))
        m = re.fullmatch(r"// Flags: (.+?)\s*", line)
        if m:
            flags = m.group(1).split()
        m = re.fullmatch(r"// Replay: (\d+) (\d+)\s*", line)
        if m:
            replay = (m.group(1), m.group(2))
    return Expectation(kind, "\n".join(body), exit_code, flags, replay)


def run_cli(cli, path, extra_flags, merged):
    """Returns (exit_code or None on timeout, stdout, stderr, seconds)."""
    # cli: a path, or an argv prefix such as ["node", ".../heapscope-node.js"]
    cmd = (list(cli) if isinstance(cli, (list, tuple)) else [cli]) + ["run"] + extra_flags + [path]
    t0 = time.monotonic()
    try:
        proc = subprocess.run(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT if merged else subprocess.PIPE,
            timeout=TIMEOUT_S, cwd=os.path.dirname(path) or ".")
    except subprocess.TimeoutExpired as e:
        out = e.stdout or b""
        err = e.stderr or b""
        return None, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), TIMEOUT_S
    dt = time.monotonic() - t0
    out = proc.stdout.decode("utf-8", "replace")
    err = (proc.stderr or b"").decode("utf-8", "replace")
    return proc.returncode, out, err, dt


def describe_exit(code):
    if code is None:
        return "timeout after %gs" % TIMEOUT_S
    if code < 0:
        return "killed by signal %d" % -code
    return "exit code %d" % code


def show_diff(expected, actual):
    diff = difflib.unified_diff(expected.split("\n"), actual.split("\n"),
                                "expected", "actual", lineterm="", n=2)
    return "\n".join("    " + d for d in list(diff)[:60])


def first_error(stderr):
    """The first diagnostic: the first non-empty line plus its tab-indented
    continuation lines (Go prints `\tother declaration of x` that way)."""
    lines = [l for l in stderr.split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return ""
    out = [lines[0]]
    for l in lines[1:]:
        if l.startswith("\t"):
            out.append(l)
        else:
            break
    return "\n".join(out)


# ---------------------------------------------------------------- script tests

TRACE_HEADER = "heapscope: scheduling trace (seed "


def check_replay(cli, path, flags, seed, other):
    """`// Replay: SEED OTHER`: the same seed twice gives byte-identical output
    and scheduling trace (--sched-trace, printed after the program's output);
    another seed gives a different trace. Returns a list of problems."""
    def run(s):
        code, out, err, _ = run_cli(cli, path, flags + ["--seed", s, "--sched-trace"], merged=False)
        at = err.find(TRACE_HEADER)
        trace = err[at:].split("\n", 1)[1] if at >= 0 else ""
        return code, out + err[:max(at, 0)], trace
    first, again, different = run(seed), run(seed), run(other)
    problems = []
    if not first[2].strip():
        problems.append("--sched-trace printed no scheduling trace")
    if first != again:
        what = "exit codes" if first[0] != again[0] else "outputs" if first[1] != again[1] else "traces"
        problems.append("two runs with --seed %s differ in their %s" % (seed, what))
    if first[2] == different[2]:
        problems.append("--seed %s and --seed %s gave the same scheduling trace" % (seed, other))
    return problems

def check_script_file(cli, path):
    """Returns (ok, message)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        exp = parse_expectation(f.read())
    if exp is None:
        return False, "no // Output: or // Error: block"
    if exp.kind == "output":
        code, out, _, _ = run_cli(cli, path, ["--audit"] + exp.flags, merged=True)
        actual = out.rstrip()
        expected = exp.text.rstrip()
        if exp.exit_code is not None:
            want_code = exp.exit_code
        elif re.search(r"^(panic: |fatal error: )", actual, re.M):
            want_code = 2
        else:
            want_code = 0
        problems = []
        if actual != expected:
            problems.append("output differs:\n" + show_diff(expected, actual))
        if code != want_code:
            problems.append("%s, want exit code %d" % (describe_exit(code), want_code))
        if exp.replay and not problems:
            problems += check_replay(cli, path, exp.flags, *exp.replay)
        return not problems, "\n  ".join(problems)
    code, out, err, _ = run_cli(cli, path, ["--audit"], merged=False)
    got = err.split("\n")[0] if err else ""
    want = exp.text.split("\n")[0]
    problems = []
    if got.rstrip() != want.rstrip():
        problems.append("first stderr line differs:\n    want: %s\n    got:  %s" % (want, got))
    if code is None or code == 0:
        problems.append("%s, want a failure" % describe_exit(code))
    if code is not None and exp.exit_code is not None and code != exp.exit_code:
        problems.append("%s, want exit code %d" % (describe_exit(code), exp.exit_code))
    return not problems, "\n  ".join(problems)


def script_files(test_dir):
    found = []
    for base, dirs, files in os.walk(test_dir):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".go"):
                found.append(os.path.join(base, name))
    return found


def load_known_failures(test_dir):
    """tests/go/known_failures.txt: script tests expected to fail today because
    their feature is unfinished (one relative path per line, `#` comments).
    The issue notes say which features these are; the list only shrinks."""
    known = set()
    path = os.path.join(test_dir, "known_failures.txt")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#")[0].strip()
                if line:
                    known.add(line)
    return known


def run_script_suite(cli, test_dir, report, skip=None, workers=2, prefix="go/"):
    """report(name, ok, message) per file; skip(name, message) for a listed
    known failure that still fails (a listed test that passes is reported as
    passed, marked XPASS, so the list can be trimmed). Returns (passed, failed)."""
    known = load_known_failures(test_dir)
    paths = script_files(test_dir)
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        results = pool.map(lambda p: check_script_file(cli, p), paths)
        for path, (ok, msg) in zip(paths, results):
            rel = os.path.relpath(path, test_dir)
            name = prefix + rel
            if rel in known and not ok and skip:
                skip(name, msg.split("\n")[0])
                continue
            if rel in known and ok:
                name += " (XPASS: remove it from known_failures.txt)"
            report(name, ok, msg)
            passed += ok
            failed += not ok
    return passed, failed


# ---------------------------------------------------------------- conformance

def strip_path_prefixes(text, file_name):
    return re.sub(r"\S*" + re.escape(file_name) + ":", "", text)


def trim_output(text):
    text = text.rstrip()
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines)


def check_conformance_file(cli, path):
    """Returns (strict_ok, lenient_ok, message)."""
    name = os.path.basename(path)
    with open(path, encoding="utf-8", errors="replace") as f:
        exp = parse_expectation(f.read())
    if exp is None:
        return False, False, "no expectation block"
    if exp.kind == "output":
        code, out, _, _ = run_cli(cli, path, ["--audit"], merged=True)
        ok = code is not None and trim_output(out) == trim_output(exp.text)
        msg = "" if ok else ("%s\n%s" % (describe_exit(code),
                                         show_diff(trim_output(exp.text), trim_output(out))))
        return ok, ok, msg
    code, out, err, _ = run_cli(cli, path, ["--audit"], merged=False)
    if code is None or code == 0:
        return False, False, "%s, want a failure" % describe_exit(code)
    got = strip_path_prefixes(first_error(err), name)
    want = strip_path_prefixes(exp.text, name).strip()
    strict = want in got
    # Lenient: some error reported at the expected line:col.
    m = re.match(r"\s*(\d+:\d+):", want)
    lenient = strict or bool(m and re.search(r"(^|[\s:])" + re.escape(m.group(1)) + ":", got))
    msg = "" if strict else "want error containing: %s\n    got: %s" % (want, got)
    return strict, lenient, msg


def load_manifest(corpus_dir):
    manifest = os.path.join(os.path.dirname(corpus_dir), "yaegi_manifest.tsv")
    features = {}
    if os.path.exists(manifest):
        with open(manifest, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            col = header.index("features") if "features" in header else 3
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) > col:
                    features[parts[0]] = [x for x in parts[col].split() if x != "-"]
    return features


def run_conformance(cli, corpus_dir, baseline_file, verbose=False, only=None,
                    budget_s=None, workers=2):
    """Prints the report; returns (ok, passed, total)."""
    files = sorted(f for f in os.listdir(corpus_dir) if f.endswith(".go"))
    if only:
        files = [f for f in files if f in only]
    results = {}
    deadline = time.monotonic() + budget_s if budget_s else None

    def work(name):
        if deadline and time.monotonic() > deadline:
            return name, (False, False, "not run: conformance time budget used up")
        return name, check_conformance_file(cli, os.path.join(corpus_dir, name))

    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        for name, res in pool.map(work, files):
            results[name] = res
    elapsed = time.monotonic() - t0

    passed = sum(1 for r in results.values() if r[0])
    lenient = sum(1 for r in results.values() if r[1])
    total = len(files)
    features = load_manifest(corpus_dir)
    per = {}
    for name, res in results.items():
        for feat in features.get(name, []):
            p, t = per.get(feat, (0, 0))
            per[feat] = (p + res[0], t + 1)
    if verbose:
        for name in files:
            if not results[name][0]:
                print("FAIL conformance/%s\n  %s" % (name, results[name][2].replace("\n", "\n  ")))
    if per:
        print("conformance by feature: " + ", ".join(
            "%s %d/%d" % (k, p, t) for k, (p, t) in sorted(per.items())))
    baseline = 0
    if baseline_file and os.path.exists(baseline_file):
        with open(baseline_file) as f:
            txt = f.read().strip()
            baseline = int(txt.split()[0]) if txt else 0
    print("conformance: %d/%d passed (lenient %d/%d; baseline %d; %.0fs)"
          % (passed, total, lenient, total, baseline, elapsed))
    return passed >= baseline, passed, total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("suite", choices=["script", "conformance"])
    ap.add_argument("--cli", default=os.path.join(ROOT, "build/native/shell/cli/heapscope"))
    ap.add_argument("--dir", help="tests/go or the yaegi corpus")
    ap.add_argument("--only", help="comma-separated file names (conformance)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    cli = os.path.abspath(args.cli)
    if args.suite == "script":
        def report(name, ok, msg):
            print(("PASS " if ok else "FAIL ") + name + ("" if ok else "\n  " + msg))
        skipped = []

        def skip(name, msg):
            skipped.append(name)
            if args.verbose:
                print("XFAIL " + name + "\n  " + msg)
        p, f = run_script_suite(cli, args.dir or os.path.join(HERE, "go"), report, skip)
        print("%d passed, %d failed, %d known failures skipped" % (p, f, len(skipped)))
        return 1 if f else 0
    corpus = args.dir or os.path.join(ROOT, "..", "shared", "conformance", "yaegi")
    ok, _, _ = run_conformance(cli, os.path.abspath(corpus),
                               os.path.join(HERE, "conformance_baseline.txt"),
                               verbose=args.verbose,
                               only=set(args.only.split(",")) if args.only else None)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
