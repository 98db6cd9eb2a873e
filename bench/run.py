#!/usr/bin/python3
"""heapscope benchmark runner (bench/run.sh installs and builds, then calls this).

Runs every program of bench/catalog.py under heapscope native, heapscope wasm
in node, compiled Go, Lua 5.4 and CPython (where that language has the
program). One measurement = one warm-up run, then the minimum wall time of
--runs runs; peak RSS is the largest of the child's own maxrss over those runs.
Every run's output is checked: a wrong answer is a failure, never a time.
Then the extra rows of issue 8 (hello start-up, compile-time scaling,
lambda_leak flatness; see extras.py). Prints the tables and writes
bench/results.json (bench/results-quick.json with --quick).

Only ratios within one run mean anything: the machines are shared and noisy.
Exit status: 0, or 1 if a measurement failed that bench/known_failures.txt
does not list.
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import catalog  # noqa: E402
import engines as engines_mod  # noqa: E402
import extras  # noqa: E402
import machine  # noqa: E402
import report  # noqa: E402
from measure import rss_method, run_once  # noqa: E402

def describe_failure(run, why):
    if run.timed_out:
        return "timed out"
    text = why
    if run.code != 0:
        text = "exit %d" % run.code
        err = (run.stderr.strip() or run.stdout.strip()).split("\n")
        if err and err[0]:
            text += ": " + err[0][:160]
    return text


def measure_program(engines, program, n, workdir, opts, log):
    """One row of the table: {engine key: {ok, seconds, peak_rss_kib, times} or
    {ok: False, error}}; engines without this program's language are left out.
    The engines take turns, run by run (warm-up round, then opts.runs rounds),
    so that a burst of load on the shared machine hits all of them instead of
    whichever was being timed: each ratio compares times from one window."""
    cmds, cells = {}, {}
    for engine in engines:
        try:
            path, args = program.prepare(engine.lang, n, workdir)
            if path is None:
                continue
            cmds[engine.key] = engine.command(path, args, workdir)
        except (ValueError, RuntimeError, OSError, subprocess.TimeoutExpired) as e:
            # ValueError: a stale edit of a reference program
            cells[engine.key] = {"ok": False, "error": str(e)[:300]}
    runs = {key: [] for key in cmds}
    for i in range(opts.runs + (0 if opts.no_warmup else 1)):
        for engine in engines:
            key = engine.key
            if key not in cmds or key in cells:
                continue
            r = run_once(cmds[key], opts.timeout)
            why = "" if (r.code == 0 and not r.timed_out) else "failed"
            if not why:
                why = program.check(engine.lang, n, r.stdout)
            if why:
                cells[key] = {"ok": False, "error": describe_failure(r, why)}
                continue
            if i > 0 or opts.no_warmup:
                runs[key].append(r)
        log(".")
    for key, rs in runs.items():
        if key in cells:
            continue
        best = min(rs, key=lambda r: r.seconds)
        cells[key] = {"ok": True, "seconds": best.seconds, "peak_rss_kib": max(r.peak_rss_kib for r in rs),
                      "times": [round(r.seconds, 4) for r in rs], "stdout": best.stdout}
    return cells


def git_revision():
    try:
        rev = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode().strip()
        dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.strip()
        return rev + ("+dirty" if dirty else "")
    except OSError:
        return ""


SANDBOX_ONLY_ENV = ("NODE_EXTRA_CA_CERTS",)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--native", default=os.path.join(ROOT, "build", "native"),
                    help="native build tree (its shell/cli/heapscope is timed)")
    ap.add_argument("--web", default=os.path.join(ROOT, "build", "web"),
                    help="web build tree (its dist/heapscope-node.js is timed)")
    ap.add_argument("--quick", action="store_true", help="small sizes: checks the wiring in seconds")
    ap.add_argument("--only", default="",
                    help="comma-separated program names and/or extras (hello, compile, inspector)")
    ap.add_argument("--engines", default="native,wasm,go,lua,py",
                    help="comma-separated subset of native,wasm,go,lua,py")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per measurement (min is kept)")
    ap.add_argument("--no-warmup", action="store_true", help="skip the untimed first run")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per single run")
    ap.add_argument("--json", default="", help="output file (default bench/results.json, "
                    "bench/results-quick.json with --quick)")
    opts = ap.parse_args()
    # This sandbox exports NODE_EXTRA_CA_CERTS for its TLS proxy: every node
    # start then parses ~140 certificates (~35 ms of a 55 ms start, perf:
    # node::crypto::UseExtraCaCerts), before our script runs. A fresh Debian
    # machine does not set it and no benchmark does TLS, so engines run
    # without it; results.json records what was removed.
    removed_env = [k for k in SANDBOX_ONLY_ENV if os.environ.pop(k, None) is not None]
    only = set(x for x in opts.only.split(",") if x)
    wanted_engines = set(x for x in opts.engines.split(",") if x)

    def log(text):
        sys.stderr.write(text)
        sys.stderr.flush()

    engines = [e for e in engines_mod.make_engines(os.path.abspath(opts.native),
                                                    os.path.abspath(opts.web))
               if e.key in wanted_engines]
    for e in engines:
        if not e.available:
            log("note: %s unavailable (%s): its column stays empty\n" % (e.label, e.note))
    try:
        programs = [p for p in catalog.all_programs() if not only or p.name in only]
    except ValueError as e:
        sys.exit("bench: %s" % e)
    unknown = only - set(p.name for p in catalog.all_programs()) - {"hello", "compile", "inspector"}
    if unknown:
        sys.exit("bench: --only: no program or extra named %s" % ", ".join(sorted(unknown)))
    known = catalog.load_known_failures()
    workdir = tempfile.mkdtemp(prefix="heapscope-bench-")
    results = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "revision": git_revision(),
        "quick": opts.quick,
        "runs": opts.runs,
        "warmup": not opts.no_warmup,
        "machine": {"cpus": os.cpu_count(), "load_avg_at_start": list(os.getloadavg()),
                    "platform": platform.platform(), "env_removed": removed_env},
        "engines": {e.key: e.note for e in engines},
        "programs": {},
    }
    failures = []
    results["machine"]["peak_rss_from"] = rss_method()
    if not opts.quick:
        results["machine"].update(machine.probe(dict(os.environ)))
    results["extras"] = {}
    try:
        # Start-up first: the wasm/native ratio net of start-up needs it.
        if not only or "hello" in only:
            results["extras"]["hello"] = extras.hello(engines, opts, log)
        for program in programs:
            n = program.size(opts.quick)
            entry = {"size": n, "engines": {}}
            results["programs"][program.name] = entry
            available = [e for e in engines if e.available]
            log("%-12s " % program.name)
            cells = measure_program(available, program, n, workdir, opts, log)
            shown = []
            for engine in available:
                cell = cells.get(engine.key)
                if cell is None:
                    continue
                if not cell["ok"] and engine.key in ("native", "wasm") and program.name in known:
                    cell["known_failure"] = True
                elif not cell["ok"]:
                    failures.append("%s/%s" % (program.name, engine.key))
                shown.append("%s %s" % (engine.label, ("%.3f s" % cell["seconds"]) if cell["ok"]
                                        else "FAIL: %s" % cell["error"]))
                entry["engines"][engine.key] = cell
            log(" " + ", ".join(shown) + "\n")
        results["ratios"], results["geomean"] = report.ratios(results["programs"],
                                                              results["extras"].get("hello"))
        results["extras"].update(extras.run_extras(engines, results, workdir, opts, only, log))
        for entry in results["programs"].values():  # extras read lambda_leak's; not kept
            for cell in entry["engines"].values():
                cell.pop("stdout", None)
        results["targets"] = report.targets(results)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    print(report.render(results))
    out = opts.json or os.path.join(HERE, "results-quick.json" if opts.quick else "results.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1, sort_keys=False)
        f.write("\n")
    print("\nwrote %s" % os.path.relpath(out, os.getcwd()))
    if failures:
        print("failed (not in bench/known_failures.txt): " + ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
