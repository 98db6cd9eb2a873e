"""The extra rows of issue 8's target table that are not one program per
engine: `heapscope run hello.go` start-up, compile time of generated programs
from 2 000 to 20 000 lines (with its scaling printed), and lambda_leak's
live-heap flatness and cost against the same loop without the function literal."""
import math
import os
import subprocess

import catalog
import gen_program
from measure import run_once

HELLO = os.path.join(catalog.ROOT, "assets", "examples", "hello.go")
COMPILE_SIZES = (2000, 5000, 10000, 20000)
COMPILE_SIZES_QUICK = (2000, 5000)


def best_of(cmd, opts, check, runs=None):
    """Warm-up + runs; {seconds, peak_rss_kib} of the fastest, or {error}."""
    runs = runs or opts.runs
    kept = []
    for i in range(runs + (0 if opts.no_warmup else 1)):
        r = run_once(cmd, opts.timeout)
        why = check(r)
        if why:
            return {"error": why}
        if i > 0 or opts.no_warmup:
            kept.append(r)
    best = min(kept, key=lambda r: r.seconds)
    return {"seconds": best.seconds, "peak_rss_kib": max(r.peak_rss_kib for r in kept),
            "times": [round(r.seconds, 4) for r in kept]}


def _exit_ok(want_stdout):
    def check(r):
        if r.timed_out:
            return "timed out"
        if r.code != 0:
            return "exit %d: %s" % (r.code, (r.stderr or r.stdout).strip()[:200])
        if want_stdout is not None and r.stdout != want_stdout:
            return "output %r, want %r" % (r.stdout[:80], want_stdout)
        return ""
    return check


def short_runs(opts):
    """Runs for measurements of a few ms (start-up, compile scaling): as noisy
    as they are short, so more than for the programs."""
    return max(opts.runs, 10)


def hello(engines, opts, log):
    out = {}
    for e in engines:
        if e.key in ("native", "wasm") and e.available:
            log("hello        %-9s ." % e.label)
            out[e.key] = best_of(e.command(HELLO, [], None), opts, _exit_ok("hello, world\n"),
                                 runs=short_runs(opts))
            log(" %s\n" % ("%.4f s" % out[e.key]["seconds"] if "seconds" in out[e.key]
                           else out[e.key]["error"]))
    return out


def _slope(a, b, key):
    """Exponent k of value ~ lines^k between two sizes (1.0 = linear)."""
    va, vb = a[key], b[key]
    if va <= 0 or vb <= 0:
        return None
    return math.log(vb / va) / math.log(b["lines"] / a["lines"])


def compile_scaling(engines, workdir, opts, log):
    native = next((e for e in engines if e.key == "native" and e.available), None)
    if native is None:
        return {"error": "no native heapscope"}
    cli = native.command(HELLO, [], None)[0]
    gen_dir = os.path.join(workdir, "gen")
    os.makedirs(gen_dir, exist_ok=True)
    log("compile      baseline  .")
    # (with 3 runs, one slow 2 000-line run moved the exponent 1.09 -> 1.21)
    runs = short_runs(opts)
    base = best_of([cli, "run", "--compile-only", HELLO], opts, _exit_ok(""), runs=runs)
    if "error" in base:
        log(" %s\n" % base["error"])
        return {"error": "--compile-only on hello.go: " + base["error"]}
    log(" %.4f s\n" % base["seconds"])
    sizes = []
    for lines in (COMPILE_SIZES_QUICK if opts.quick else COMPILE_SIZES):
        path = os.path.join(gen_dir, "gen%d.go" % lines)
        text = gen_program.generate(lines)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        real_lines = text.count("\n")
        log("compile      %-9d ." % real_lines)
        m = best_of([cli, "run", "--compile-only", path], opts, _exit_ok(""), runs=runs)
        if "error" in m:
            log(" %s\n" % m["error"])
            return {"error": "%d lines: %s" % (real_lines, m["error"]), "baseline": base}
        row = {"lines": real_lines, "seconds": m["seconds"], "peak_rss_kib": m["peak_rss_kib"],
               "net_seconds": max(m["seconds"] - base["seconds"], 1e-6),
               "net_rss_kib": max(m["peak_rss_kib"] - base["peak_rss_kib"], 1)}
        row["ms_per_1k_lines"] = row["net_seconds"] * 1000 / (real_lines / 1000)
        sizes.append(row)
        log(" %.4f s\n" % m["seconds"])
    out = {"baseline": base, "sizes": sizes,
           "time_exponent": _slope(sizes[0], sizes[-1], "net_seconds"),
           "rss_exponent": _slope(sizes[0], sizes[-1], "net_rss_kib")}
    out["run_check"] = _check_generated_runs(engines, os.path.join(gen_dir, "gen%d.go" % COMPILE_SIZES[0]),
                                             workdir, opts)
    return out


def _check_generated_runs(engines, path, workdir, opts):
    """The generated program must also run, and print what compiled Go prints."""
    native = next(e for e in engines if e.key == "native")
    r = run_once(native.command(path, [], workdir), opts.timeout)
    if r.code != 0:
        return "heapscope: exit %d: %s" % (r.code, (r.stderr or r.stdout).strip()[:200])
    go = next((e for e in engines if e.key == "go" and e.available), None)
    if go is None:
        return "ran (no Go to compare with): " + r.stdout.strip()
    g = run_once(go.command(path, [], workdir), opts.timeout)
    if g.stdout != r.stdout:
        return "output differs from Go: %r vs %r" % (r.stdout.strip(), g.stdout.strip())
    return "same output as Go: " + r.stdout.strip()


def _heap_samples(stdout):
    samples = []
    for line in stdout.split("\n"):
        parts = line.split()
        if len(parts) == 4 and parts[0] == "round" and parts[2] == "heap_alloc_kib":
            samples.append((int(parts[1]), int(parts[3])))
    return samples


def lambda_leak(engines, results, workdir, opts, log):
    """Flatness of the printed live heap after round 100 000, and the time
    against the same loop with the function literal's body inlined."""
    entry = results["programs"].get("lambda_leak")
    if entry is None:
        return None
    out = {}
    for key, cell in entry["engines"].items():
        if cell.get("ok"):
            samples = _heap_samples(cell.get("stdout", ""))
            base = next((kib for r, kib in samples if r >= 100000), None)
            out[key] = {"samples": samples}
            if base:
                out[key]["max_deviation_after_100k"] = max(
                    abs(kib - base) / base for r, kib in samples if r >= 100000)
    native = next((e for e in engines if e.key == "native" and e.available), None)
    if native is None or not entry["engines"].get("native", {}).get("ok"):
        return out or {"error": "lambda_leak does not run under heapscope"}
    program = next(p for p in catalog.REFERENCE if p.name == "lambda_leak")
    path, args = program.prepare("go", entry["size"], workdir)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    inlined = text.replace("\t\tfunc() {\n", "\t\t{\n").replace("\t\t}()\n", "\t\t}\n")
    if inlined == text:
        out["loop_equivalent"] = {"error": "could not inline the function literal"}
        return out
    inline_path = os.path.join(workdir, "lambda_leak_inline.go")
    with open(inline_path, "w", encoding="utf-8") as f:
        f.write(inlined)
    log("lambda_leak  inlined   .")
    want = program.expect("go", entry["size"])
    m = best_of(native.command(inline_path, args, workdir), opts,
                lambda r: "" if r.code == 0 and r.stdout.rstrip("\n").split("\n")[-1] == want
                else "exit %d / %r" % (r.code, r.stdout[-80:]))
    log(" %s\n" % ("%.3f s" % m["seconds"] if "seconds" in m else m["error"]))
    out["loop_equivalent"] = m
    if "seconds" in m:
        out["time_vs_loop_equivalent"] = entry["engines"]["native"]["seconds"] / m["seconds"]
    return out


INSPECTOR_PROGRAMS = ("fib", "loop", "mapstr", "closures", "alloc", "strbuild")


def inspector_loop(engines, workdir, opts, log):
    """The GUI's step-budget loop (Session::run(20000) until finished, no
    rendering) against runToEnd, in one process (bench/step_loop_bench.cpp,
    compiled here against the native tree's static libraries)."""
    native = next((e for e in engines if e.key == "native" and e.available), None)
    if native is None:
        return None
    tree = os.path.dirname(os.path.dirname(os.path.dirname(native.note)))  # .../shell/cli/heapscope
    libdir = os.path.join(tree, "core")
    libs = [os.path.join(libdir, "libhs_%s.a" % n)
            for n in ("api", "inspect", "stdlib", "vm", "compile", "types", "syntax", "heap")]
    if not all(os.path.exists(p) for p in libs):
        return {"error": "static libraries missing under %s" % libdir}
    exe = os.path.join(workdir, "step_loop_bench")
    cxx = os.environ.get("CXX", "c++")
    log("inspector    building bench/step_loop_bench.cpp\n")
    p = subprocess.run([cxx, "-O2", "-std=c++20", "-DNDEBUG", "-DHS_HAVE_STDLIB",
                        "-I", os.path.join(catalog.ROOT, "core"),
                        os.path.join(catalog.ROOT, "bench", "step_loop_bench.cpp"), "-o", exe,
                        "-Wl,--start-group"] + libs + ["-Wl,--end-group", "-lpthread"],
                       stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if p.returncode != 0:
        return {"error": "build failed: " + p.stdout.decode("utf-8", "replace")[-400:]}
    out = {"steps_per_frame": 20000, "programs": {}}
    ratios = []
    for program in catalog.all_programs():
        if program.name not in INSPECTOR_PROGRAMS:
            continue
        path, args = program.prepare("go", program.size(opts.quick), workdir)
        log("inspector    %-9s ." % program.name)
        r = run_once([exe, path, str(opts.runs)] + list(args), opts.timeout * (opts.runs + 1) * 2)
        words = r.stdout.split()
        if r.code != 0 or len(words) != 4:
            out["programs"][program.name] = {"error": (r.stderr or r.stdout).strip()[:200]}
            log(" FAIL\n")
            continue
        cli, loop = float(words[1]), float(words[3])
        out["programs"][program.name] = {"cli": cli, "loop": loop, "ratio": loop / cli}
        ratios.append(loop / cli)
        log(" %.3f s / %.3f s\n" % (loop, cli))
    if ratios:
        out["geomean_ratio"] = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
        out["max_ratio"] = max(ratios)
    return out


def run_extras(engines, results, workdir, opts, only, log):
    want = lambda name: not only or name in only  # noqa: E731
    out = {}  # hello ran before the programs (run.py)
    if want("compile"):
        out["compile"] = compile_scaling(engines, workdir, opts, log)
    if want("inspector"):
        insp = inspector_loop(engines, workdir, opts, log)
        if insp is not None:
            out["inspector"] = insp
    leak = lambda_leak(engines, results, workdir, opts, log)
    if leak is not None:
        out["lambda_leak"] = leak
    return out
