"""Ratios, geometric means, the issue-8 target verdicts and the printed tables
for bench/run.py. Pure functions of the results dict (also what results.json holds)."""
import math

import catalog
import machine

ENGINE_ORDER = (("native", "heapscope"), ("native_rc", "hs rc-only"), ("wasm", "wasm"),
                ("go", "Go"), ("lua", "Lua"), ("py", "CPython"))
RATIOS = (("hs_lua", "native", "lua", "hs/Lua"), ("hs_py", "native", "py", "hs/Py"),
          ("hs_go", "native", "go", "hs/Go"), ("wasm_native", "wasm", "native", "wasm/nat"))


def _secs(entry, key):
    cell = entry["engines"].get(key)
    return cell["seconds"] if cell and cell.get("ok") else None


def geomean(values):
    values = [v for v in values if v]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def ratios(programs, hello=None):
    """Per-program ratios and their geomeans. wasm_native_net subtracts each
    side's hello.go time (node start-up + wasm compile vs process start-up),
    so it compares execution speed only. wasm_native_floor[_moon]: the wall
    geomean the wasm column would have if, after its start-up (hello.go's
    time), each program ran at native speed [at 1.3x native, the issue's
    moonshot]: how much of the wall ratio start-up alone accounts for."""
    hello = hello or {}
    start = {k: hello.get(k, {}).get("seconds") for k in ("native", "wasm")}
    per = {}
    floor, floor_moon = [], []
    for name, entry in programs.items():
        r = {}
        for key, num, den, _ in RATIOS:
            a, b = _secs(entry, num), _secs(entry, den)
            if a and b:
                r[key] = a / b
        w, n = _secs(entry, "wasm"), _secs(entry, "native")
        if w and n and start["wasm"] and start["native"] and w > start["wasm"] \
                and n > start["native"]:
            r["wasm_native_net"] = (w - start["wasm"]) / (n - start["native"])
            run = n - start["native"]
            floor.append((start["wasm"] + run) / n)
            floor_moon.append((start["wasm"] + 1.3 * run) / n)
        if "hs_go" in r and name in catalog.YAEGI_RATIO:
            r["better_than_yaegi"] = catalog.YAEGI_RATIO[name] / r["hs_go"]
        per[name] = r
    gm = {
        "hs_lua_target_set": geomean([per[n].get("hs_lua") for n in catalog.LUA_TARGET_SET
                                      if n in per]),
        "hs_lua_target_set_count": sum(1 for n in catalog.LUA_TARGET_SET
                                       if n in per and "hs_lua" in per[n]),
        "hs_py": geomean([r.get("hs_py") for r in per.values()]),
        "hs_go": geomean([r.get("hs_go") for r in per.values()]),
        "wasm_native": geomean([r.get("wasm_native") for r in per.values()]),
        "wasm_native_net": geomean([r.get("wasm_native_net") for r in per.values()]),
        "wasm_native_floor": geomean(floor),
        "wasm_native_floor_moon": geomean(floor_moon),
    }
    return per, gm


def _verdict(value, must, moon, lower_is_better=True):
    if value is None:
        return "not measured"
    ok = (lambda v, t: v <= t) if lower_is_better else (lambda v, t: v >= t)
    if moon is not None and ok(value, moon):
        return "moonshot"
    return "met" if ok(value, must) else "MISSED"


def targets(results):
    """Rows of issue 8's target table: (measure, value text, target text, verdict)."""
    rows = []
    quick = results["quick"]
    progs, per, gm = results["programs"], results["ratios"], results["geomean"]
    extras = results.get("extras", {})

    def add(measure, value_text, target, verdict, size_dependent=False):
        if quick and size_dependent:
            verdict = "n/a (--quick)"
        rows.append({"measure": measure, "value": value_text, "target": target, "verdict": verdict})

    v = gm.get("hs_lua_target_set")
    add("geomean time vs Lua (%d of 6 programs)" % gm.get("hs_lua_target_set_count", 0),
        "%.2fx" % v if v else "-", "<= 1.5x (moon <= 1.0x)", _verdict(v, 1.5, 1.0), True)
    for name in ("fib", "loop", "closures", "alloc", "strbuild"):
        b = per.get(name, {}).get("better_than_yaegi")
        add("%s vs Go: times better than Yaegi" % name, "%.1fx" % b if b else "-",
            ">= 5x (moon >= 20x)", _verdict(b, 5, 20, lower_is_better=False), True)
    for name in ("mapstr", "chan"):
        r = per.get(name, {}).get("hs_go")
        add("%s vs Go (Yaegi %dx)" % (name, catalog.YAEGI_RATIO[name]),
            "%.1fx" % r if r else "-", "<= %dx" % catalog.YAEGI_RATIO[name],
            _verdict(r, catalog.YAEGI_RATIO[name], None), True)
    v = gm.get("wasm_native")
    add("wasm (node) vs native, geomean, wall", "%.2fx" % v if v else "-",
        "<= 1.8x (moon <= 1.3x)", _verdict(v, 1.8, 1.3), True)
    v = gm.get("wasm_native_net")
    add("  same, net of start-up (minus hello.go)", "%.2fx" % v if v else "-",
        "<= 1.8x (moon <= 1.3x)", _verdict(v, 1.8, 1.3), True)
    cell = progs.get("closures", {}).get("engines", {}).get("native", {})
    mb = cell["peak_rss_kib"] / 1024 if cell.get("ok") else None
    add("closures 1M: peak RSS", "%.0f MB" % mb if mb else "-", "<= 120 MB (moon <= 60)",
        _verdict(mb, 120, 60), True)
    alloc = progs.get("alloc", {}).get("engines", {})
    r = None
    if alloc.get("native", {}).get("ok") and alloc.get("lua", {}).get("ok"):
        r = alloc["native"]["peak_rss_kib"] / alloc["lua"]["peak_rss_kib"]
    add("alloc: peak RSS vs Lua's", "%.2fx" % r if r else "-", "<= 2x (moon <= 1x)",
        _verdict(r, 2, 1), True)
    leak = extras.get("lambda_leak", {})
    dev = leak.get("native", {}).get("max_deviation_after_100k")
    add("lambda_leak: live heap after 100k rounds", "+-%.1f%%" % (dev * 100) if dev is not None
        else "-", "flat, +-5%", _verdict(dev, 0.05, None), True)
    t = leak.get("time_vs_loop_equivalent")
    add("lambda_leak: time vs loop without the literal", "%.2fx" % t if t else "-", "<= 2x",
        _verdict(t, 2, None), True)
    h = extras.get("hello", {}).get("native", {}).get("seconds")
    add("heapscope run hello.go", "%.1f ms" % (h * 1000) if h else "-", "<= 20 ms (moon <= 5)",
        _verdict(h * 1000 if h else None, 20, 5))
    comp = extras.get("compile", {})
    big = next((s for s in comp.get("sizes", []) if s["lines"] >= 19000), None)
    add("compile a generated 20 000-line program", "%.0f ms" % (big["seconds"] * 1000) if big
        else "-", "<= 200 ms (moon <= 50)", _verdict(big["seconds"] * 1000 if big else None,
                                                      200, 50), True)
    k, km = comp.get("time_exponent"), comp.get("rss_exponent")
    lin = None if k is None else (max(k, km or 0))
    add("compile time/memory linear (exponent, 1 = linear)",
        "time %.2f, memory %.2f" % (k, km) if k is not None and km is not None else "-",
        "<= 1.15", _verdict(lin, 1.15, None))
    insp = extras.get("inspector", {})
    g, worst = insp.get("geomean_ratio"), insp.get("max_ratio")
    add("inspector on (GUI step-budget loop) vs CLI, geomean (worst)",
        "%.3fx (%.3fx)" % (g, worst) if g else "-", "<= 1.15x (moon <= 1.05x)",
        _verdict(worst, 1.15, 1.05), True)
    return rows


def _fmt_s(cell):
    if cell is None:
        return "-"
    if not cell.get("ok"):
        return "xfail" if cell.get("known_failure") else "FAIL"
    s = cell["seconds"]
    return "%.3f" % s if s < 10 else "%.2f" % s


def _fmt_x(v):
    if v is None:
        return "-"
    return "%.2fx" % v if v < 10 else "%.0fx" % v


def _table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)  # noqa: E731
                               for i, (c, w) in enumerate(zip(r, widths)))
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def render(results):
    order = [(k, label) for k, label in ENGINE_ORDER if k in results["engines"]]  # engines run
    progs, per, gm = results["programs"], results["ratios"], results["geomean"]
    out = ["", "heapscope benchmarks  %s  rev %s%s  (min of %d runs%s; seconds)" % (
        results["date"], results["revision"], "  QUICK SIZES" if results["quick"] else "",
        results["runs"], " after a warm-up" if results["warmup"] else "")]
    header = ["program", "size"] + [label for _, label in order] + \
        [label for *_, label in RATIOS[:3]] + ["Yaegi/Go", RATIOS[3][3], "net"]
    rows = []
    for name, entry in progs.items():
        r = per.get(name, {})
        rows.append([name, entry["size"]] + [_fmt_s(entry["engines"].get(k)) for k, _ in order]
                    + [_fmt_x(r.get("hs_lua")), _fmt_x(r.get("hs_py")), _fmt_x(r.get("hs_go")),
                       ("%dx" % catalog.YAEGI_RATIO[name]) if name in catalog.YAEGI_RATIO else "-",
                       _fmt_x(r.get("wasm_native")), _fmt_x(r.get("wasm_native_net"))])
    rows.append(["geomean", ""] + [""] * len(order) +
                [_fmt_x(gm["hs_lua_target_set"]) + "*", _fmt_x(gm["hs_py"]), _fmt_x(gm["hs_go"]),
                 "", _fmt_x(gm["wasm_native"]), _fmt_x(gm["wasm_native_net"])])
    out.append(_table(header, rows))
    out.append("* hs/Lua geomean over %s only (the issue's set)." % ", ".join(catalog.LUA_TARGET_SET))
    out.append("net = wasm/native after subtracting each one's hello.go time (node start-up and "
               "wasm compilation).")
    if gm.get("wasm_native_floor"):
        out.append("start-up floor: with these hello.go times, wasm/native wall would be %.2fx if "
                   "every program then ran at native speed, %.2fx at 1.3x native." % (
                       gm["wasm_native_floor"], gm["wasm_native_floor_moon"]))
    if machine.describe(results.get("machine", {})):
        out.append(machine.describe(results["machine"]))

    out.append("\npeak RSS (MB)")
    rss_rows = []
    for name, entry in progs.items():
        cells = [entry["engines"].get(k) for k, _ in order]
        rss_rows.append([name] + ["%.1f" % (c["peak_rss_kib"] / 1024) if c and c.get("ok") else "-"
                                  for c in cells])
    out.append(_table(["program"] + [label for _, label in order], rss_rows))

    fails = ["  %s/%s: %s%s" % (name, k, c["error"], " (known)" if c.get("known_failure") else "")
             for name, entry in progs.items() for k, c in entry["engines"].items() if not c.get("ok")]
    if fails:
        out.append("\nfailures:\n" + "\n".join(fails))

    extras = results.get("extras", {})
    if extras.get("hello"):
        out.append("\nhello.go: " + ", ".join(
            "%s %s" % (k, ("%.1f ms, %.1f MB" % (v["seconds"] * 1000, v["peak_rss_kib"] / 1024))
                       if "seconds" in v else v["error"])
            for k, v in extras["hello"].items()))
    comp = extras.get("compile")
    if comp:
        if comp.get("sizes"):
            out.append("\ncompile only (--compile-only; net = minus hello.go's %.1f ms / %.1f MB):"
                       % (comp["baseline"]["seconds"] * 1000, comp["baseline"]["peak_rss_kib"] / 1024))
            out.append(_table(["lines", "wall ms", "net ms", "ms/1k lines", "peak MB", "net MB"], [
                [s["lines"], "%.1f" % (s["seconds"] * 1000), "%.1f" % (s["net_seconds"] * 1000),
                 "%.2f" % s["ms_per_1k_lines"], "%.1f" % (s["peak_rss_kib"] / 1024),
                 "%.1f" % (s["net_rss_kib"] / 1024)] for s in comp["sizes"]]))
            if comp.get("time_exponent") is not None:
                out.append("scaling exponent %d -> %d lines: time %.2f, memory %.2f (1.00 = linear)" % (
                    comp["sizes"][0]["lines"], comp["sizes"][-1]["lines"], comp["time_exponent"],
                    comp["rss_exponent"] or 0))
            out.append("generated program run: " + comp.get("run_check", ""))
        if comp.get("error"):
            out.append("\ncompile: " + comp["error"])
    leak = extras.get("lambda_leak")
    if leak:
        for k in ("native", "wasm", "go"):
            if k in leak and leak[k].get("samples"):
                out.append("lambda_leak %s heap KiB: %s" % (
                    k, " ".join(str(kib) for _, kib in leak[k]["samples"])))
        if leak.get("error"):
            out.append("\nlambda_leak: " + leak["error"])

    out.append("\ntargets (issue 8)")
    out.append(_table(["measure", "value", "target", "verdict"],
                      [[t["measure"], t["value"], t["target"], t["verdict"]]
                       for t in results.get("targets", [])]))
    return "\n".join(out)
