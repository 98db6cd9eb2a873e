#!/usr/bin/python3
"""Runs every heapscope test suite against already-built trees and prints one
summary line, `N passed, M failed`, last. scripts/test.sh builds, then calls this.

What counts as one test (each passes or fails once):
  * each GoogleTest case (through ctest, read back from its JUnit report)
  * each tests/go/**/*.go script test
  * each benchmark program (bench/catalog.py) once at a small size, output checked
  * each .heapsnapshot export checked by the npm parser (tests/inspect_heapsnapshot)
  * the conformance suite as a whole (fails only below tests/conformance_baseline.txt)
  * node: the wasm CLI entry runs hello
  * desktop: the GUI under Xvfb runs hello, then "why alive?" on subslice_pin,
    breakpoints + Step over/into/out, a compile error; screenshots + state checked
  * browser: the web page in headless chromium: hello, why alive, stepping,
    a share link round trip and autosave across a reload
A suite whose binary did not build (--not-built) counts as one failure.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import go_runner  # noqa: E402


class Tally:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.failures = []
        self.skipped = []

    def skip(self, name, message=""):
        """A known failure (tests/go/known_failures.txt): shown, not counted."""
        self.skipped.append(name)
        print("XFAIL " + name + ("  (" + message + ")" if message else ""), flush=True)

    def add(self, name, ok, message=""):
        if ok:
            self.passed += 1
            print("PASS " + name, flush=True)
        else:
            self.failed += 1
            self.failures.append(name)
            text = ("\n  " + message.replace("\n", "\n  ")) if message else ""
            print("FAIL " + name + text, flush=True)


def section(title):
    print("\n== %s" % title, flush=True)


def run_unit(t, native, junit):
    section("unit tests (GoogleTest via ctest)")
    if os.path.exists(junit):
        os.remove(junit)
    proc = subprocess.run(["ctest", "--test-dir", native, "--output-junit", junit,
                           "--timeout", "60", "-j2", "--output-on-failure"],
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, timeout=1800)
    out = proc.stdout.decode("utf-8", "replace")
    if not os.path.exists(junit):
        t.add("unit: ctest", False, out[-3000:])
        return
    cases = ET.parse(junit).getroot().iter("testcase")
    n = 0
    for case in cases:
        n += 1
        name = case.get("name")
        status = case.get("status", "run")
        failed = case.find("failure") is not None or case.find("error") is not None \
            or status in ("fail", "notrun", "disabled")
        detail = ""
        if failed:
            node = case.find("failure")
            if node is None:
                node = case.find("error")
            text = case.findtext("system-out") or (node.get("message") if node is not None else "")
            detail = (text or status)[-2000:]
        t.add("unit/" + name, not failed, detail)
    if n == 0:
        t.add("unit: no tests found", False, out[-2000:])


def run_node(t, web):
    section("web build's JS entry in node")
    entry = os.path.join(web, "dist", "heapscope-node.js")
    hello = os.path.join(ROOT, "assets", "examples", "hello.go")
    try:
        proc = subprocess.run(["node", entry, "run", hello], stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    except subprocess.TimeoutExpired:
        t.add("node: hello", False, "timed out")
        return
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    ok = proc.returncode == 0 and out == "hello, world\n"
    t.add("node: hello", ok, "" if ok else "exit %d\nstdout: %r\nstderr: %s" % (
        proc.returncode, out, err[-2000:]))
    # One core, two targets: every script test must behave the same in wasm.
    section("script tests (tests/go) on the WebAssembly core in node")
    go_runner.run_script_suite(["node", entry], os.path.join(HERE, "go"), t.add, t.skip,
                               prefix="wasm: go/")


def run_bench_programs(t, cli):
    """Each benchmark program (../shared/bench/go and bench/programs) once under
    heapscope at its quick size, with --audit: the output, not the time, is
    checked. bench/known_failures.txt lists the ones expected to fail today."""
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    import catalog  # noqa: E402
    known = catalog.load_known_failures()
    with tempfile.TemporaryDirectory(prefix="heapscope-bench-check-") as workdir:
        for program in catalog.all_programs():
            name = "bench-programs: " + program.name
            n = program.quick
            try:
                path, args = program.prepare("go", n, workdir)
                proc = subprocess.run([cli, "run", "--audit", path] + args, stdin=subprocess.DEVNULL,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
                out = proc.stdout.decode("utf-8", "replace")
                why = program.check("go", n, out) if proc.returncode == 0 else "exit %d: %s" % (
                    proc.returncode, proc.stderr.decode("utf-8", "replace").strip()[-500:])
            except (ValueError, subprocess.TimeoutExpired) as e:
                why = str(e)
            if why and program.name in known:
                t.skip(name, why.split("\n")[0])
                continue
            if not why and program.name in known:
                name += " (XPASS: remove it from bench/known_failures.txt)"
            t.add(name, not why, why)


def run_script(t, label, cmd, env=None, timeout=300):
    try:
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=timeout, env=env)
        out = proc.stdout.decode("utf-8", "replace")
        ok = proc.returncode == 0
    except subprocess.TimeoutExpired:
        ok, out = False, "timed out after %ds" % timeout
    if ok:
        print(out.rstrip())
    t.add(label, ok, "" if ok else out[-4000:])


def run_heapsnapshot_checks(t, native, cli, node_path):
    """Our .heapsnapshot exports parsed by an independent parser (npm
    v8-heapsnapshot, tests/inspect_heapsnapshot/check.js): node and edge
    counts, every object's edges and retained sizes must agree with our JSON
    export of the same snapshot. Inputs: a random graph written by the unit
    tests, and --snapshot files of real programs (tests/heap_cli)."""
    env = dict(os.environ)
    env["NODE_PATH"] = node_path
    check = os.path.join(HERE, "inspect_heapsnapshot", "check.js")
    unit = os.path.join(native, "tests", "unit", "heapscope_unit_tests")
    programs = os.path.join(HERE, "heap_cli")
    if not os.path.isdir(os.path.join(node_path, "v8-heapsnapshot")):
        t.add("heapsnapshot: v8-heapsnapshot not installed in " + node_path, False,
              "scripts/toolchain.sh hs_ensure_heapsnapshot_parser installs it (npm ci)")
        return
    with tempfile.TemporaryDirectory(prefix="heapscope-heapsnapshot-") as tmp:
        cases = []
        if os.path.exists(unit):
            env_unit = dict(env)
            env_unit["HS_INSPECT_EXPORT_DIR"] = tmp
            cases.append(("random graph (unit tests' sample)",
                          [unit, "--gtest_filter=InspectExport.WritesSampleFilesForNpmCheck"], env_unit, "sample"))
        else:
            t.add("heapsnapshot: heapscope_unit_tests did not build", False)
        for prog, flags in (("growing_cache.go", []), ("cycles.go", ["--gc=refcount-only"])):
            base = os.path.join(tmp, prog[:-3])
            cases.append(("heapscope run --snapshot " + " ".join(flags + [prog]),
                          [cli, "run"] + flags + ["--snapshot", base + ".json", "--snapshot",
                                                  base + ".heapsnapshot", os.path.join(programs, prog)],
                          env, prog[:-3]))
        for label, cmd, cmd_env, stem in cases:
            name = "heapsnapshot: " + label
            try:
                proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT, env=cmd_env, timeout=120)
                if proc.returncode != 0:
                    t.add(name, False, proc.stdout.decode("utf-8", "replace")[-2000:])
                    continue
                files = [os.path.join(tmp, stem + ext) for ext in (".heapsnapshot", ".json")]
                proc = subprocess.run(["node", check] + files, stdin=subprocess.DEVNULL,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                                      timeout=120)
                out = proc.stdout.decode("utf-8", "replace")
                t.add(name, proc.returncode == 0, out[-3000:])
            except (OSError, subprocess.TimeoutExpired) as e:
                t.add(name, False, str(e))


def main():
    ap = argparse.ArgumentParser(description="heapscope test suites")
    ap.add_argument("--native", default=os.path.join(ROOT, "build", "native"))
    ap.add_argument("--web", default=os.path.join(ROOT, "build", "web"))
    ap.add_argument("--screenshots", default=os.path.join(ROOT, "build", "screenshots"))
    ap.add_argument("--not-built", default="",
                    help="comma-separated targets whose build failed")
    ap.add_argument("--node-path", default="", help="where playwright-core is installed")
    ap.add_argument("--heapsnapshot-node-path",
                    default=os.path.join(os.environ.get("HEAPSCOPE_CACHE") or os.path.join(
                        os.path.expanduser("~"), ".cache", "heapscope"), "npm-heapsnapshot", "node_modules"),
                    help="where v8-heapsnapshot is installed")
    ap.add_argument("--only", default="", help="comma-separated suites to run")
    args = ap.parse_args()
    not_built = set(x for x in args.not_built.split(",") if x)
    only = set(x for x in args.only.split(",") if x)
    want = lambda s: not only or s in only  # noqa: E731
    native = os.path.abspath(args.native)
    web = os.path.abspath(args.web)
    cli = os.path.join(native, "shell", "cli", "heapscope")
    t = Tally()
    t0 = time.monotonic()

    if want("unit"):
        if "native:heapscope_unit_tests" in not_built:
            t.add("unit: heapscope_unit_tests did not build", False)
        else:
            run_unit(t, native, os.path.join(native, "unit-tests.junit.xml"))

    cli_ok = "native:heapscope" not in not_built and os.path.exists(cli)
    if want("go"):
        section("script tests (tests/go)")
        if not cli_ok:
            t.add("go: the heapscope CLI did not build", False)
        else:
            go_runner.run_script_suite(cli, os.path.join(HERE, "go"), t.add, t.skip)

    if want("bench"):
        section("benchmark programs, small sizes, output only (bench/catalog.py)")
        if not cli_ok:
            t.add("bench-programs: the heapscope CLI did not build", False)
        else:
            run_bench_programs(t, cli)

    if want("heapsnapshot"):
        section("the .heapsnapshot export in an independent parser (npm v8-heapsnapshot)")
        if not cli_ok:
            t.add("heapsnapshot: the heapscope CLI did not build", False)
        else:
            run_heapsnapshot_checks(t, native, cli, os.path.abspath(args.heapsnapshot_node_path))

    corpus = os.path.normpath(os.path.join(ROOT, "..", "shared", "conformance", "yaegi"))
    if want("conformance") and os.path.isdir(corpus):
        section("conformance (%s)" % corpus)
        if not cli_ok:
            t.add("conformance: the heapscope CLI did not build", False)
        else:
            budget = float(os.environ.get("HEAPSCOPE_CONFORMANCE_BUDGET", "1200"))
            ok, p, n = go_runner.run_conformance(
                cli, corpus, os.path.join(HERE, "conformance_baseline.txt"),
                verbose=os.environ.get("HEAPSCOPE_CONFORMANCE_VERBOSE") == "1", budget_s=budget)
            t.add("conformance: %d/%d passed" % (p, n), ok,
                  "" if ok else "below the baseline in tests/conformance_baseline.txt")

    if want("node"):
        if "web:heapscope_core_js" in not_built:
            section("web build's JS entry in node")
            t.add("node: the wasm core module did not build", False)
        else:
            run_node(t, web)

    if want("desktop"):
        section("desktop GUI under Xvfb")
        if "native:heapscope_gui" in not_built:
            t.add("desktop: heapscope_gui did not build", False)
        else:
            run_script(t, "desktop: hello + why alive + stepping + compile error", [
                "/usr/bin/python3", os.path.join(HERE, "desktop", "desktop_test.py"),
                "--gui", os.path.join(native, "shell", "gui", "heapscope_gui"),
                "--out", args.screenshots], timeout=180)

    if want("browser"):
        section("web GUI in headless chromium")
        if "web:heapscope_gui" in not_built:
            t.add("browser: the web GUI did not build", False)
        else:
            env = dict(os.environ)
            env["NODE_PATH"] = args.node_path
            run_script(t, "browser: hello + why alive + stepping + share link + autosave", [
                "node", os.path.join(HERE, "browser", "browser_test.js"),
                "--dist", os.path.join(web, "dist"), "--out", args.screenshots],
                env=env, timeout=180)

    took = "test suites took %.0f s" % (time.monotonic() - t0)
    if os.environ.get("HEAPSCOPE_T0_EPOCH", "").isdigit():
        took += "; scripts/test.sh in all %d s" % (time.time() - int(os.environ["HEAPSCOPE_T0_EPOCH"]))
    print("\n(" + took + ")")
    if t.failures:
        print("failed: " + ", ".join(t.failures[:40]) + (" ..." if len(t.failures) > 40 else ""))
    if t.skipped:
        print("%d known failures skipped (tests/go/known_failures.txt)" % len(t.skipped))
    print("%d passed, %d failed" % (t.passed, t.failed))
    return 1 if t.failed else 0


if __name__ == "__main__":
    sys.exit(main())
