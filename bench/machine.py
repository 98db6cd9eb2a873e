"""What kind of machine the run happened on, in the three numbers that moved
the wasm/native ratio between machines of the same name (docs/PERFORMANCE.md,
2026-12-04): how fast each CPU runs a fixed loop (some VMs' vCPUs differ by
2-3x, and node's main thread and its background compiler then land on
different ones), what a page fault costs (~0.2 us on ordinary hardware, ~10
us on some VMs; node faults ~2 000 times before our script runs, a native run
~250), and how long a bare node takes to start.

Only for reading a results.json next to another one: ratios are compared
within a run, never adjusted by these."""
import mmap
import os
import shutil
import subprocess
import time

PAGE = mmap.PAGESIZE


def _loop_ms(n=2_000_000):
    t0 = time.perf_counter()
    x = 0
    for i in range(n):
        x += i
    return (time.perf_counter() - t0) * 1000


def cpu_loop_ms():
    """Per CPU: the best of 3 runs of a fixed Python loop pinned to it."""
    if not hasattr(os, "sched_setaffinity"):
        return []
    saved = os.sched_getaffinity(0)
    out = []
    try:
        for cpu in sorted(saved):
            os.sched_setaffinity(0, {cpu})
            out.append(round(min(_loop_ms() for _ in range(3)), 1))
    finally:
        os.sched_setaffinity(0, saved)
    return out


def page_fault_us(pages=4096):
    """Microseconds to touch one fresh anonymous page (Python's loop included,
    ~0.1 us), best of 3."""
    best = None
    for _ in range(3):
        m = mmap.mmap(-1, pages * PAGE)
        t0 = time.perf_counter()
        for off in range(0, pages * PAGE, PAGE):
            m[off] = 1
        us = (time.perf_counter() - t0) * 1e6 / pages
        m.close()
        best = us if best is None else min(best, us)
    return round(best, 2)


def node_start_ms(env):
    """`node -e 0`, best of 5 (None without node)."""
    node = shutil.which("node")
    if not node:
        return None
    best = None
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([node, "-e", "0"], env=env, stdin=subprocess.DEVNULL, check=False)
        ms = (time.perf_counter() - t0) * 1000
        best = ms if best is None else min(best, ms)
    return round(best, 1)


def probe(env):
    return {"cpu_loop_ms": cpu_loop_ms(), "page_fault_us": page_fault_us(),
            "node_start_ms": node_start_ms(env)}


def describe(m):
    """One line for the report, or '' when the probe did not run."""
    if "cpu_loop_ms" not in m:
        return ""
    parts = []
    loops = m["cpu_loop_ms"]
    if loops:
        parts.append("a fixed loop per CPU %s ms%s" % (" / ".join("%.0f" % x for x in loops),
                     " (unequal CPUs)" if max(loops) > 1.3 * min(loops) else ""))
    parts.append("page fault %.1f us" % m["page_fault_us"])
    if m.get("node_start_ms") is not None:
        parts.append("node -e 0 %.0f ms" % m["node_start_ms"])
    return "machine: " + ", ".join(parts)
