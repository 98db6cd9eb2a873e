#!/usr/bin/python3
"""Desktop GUI test: runs heapscope_gui under Xvfb and checks what a person
would see, in these scenarios:

* hello (light theme): the program finishes and the console shows
  "hello, world";
* why_alive: subslice_pin runs part way and pauses, the 1 MiB backing array
  is selected, "Why alive?" is asked: the dumped state names the retainer
  path (global main.header -> array), the graph highlights it, the frames
  show main.main's locals and the leak report lists the pinned array;
* stepping: programs/stepping.go stops at a breakpoint, then Step over /
  into / into / out / over land on the expected lines, and the closure made
  by a returned function shows its environment as "returned";
* step_to_end: stepping off the end finishes the program and no goroutine
  is left "running";
* compile_error: the diagnostic's line and message reach the editor;
* goroutine_leak: the example paused after its slow workers blocked: each
  leaked worker names the channel it waits on, who holds it (only the
  worker itself) and that no live goroutine can reach it; goroutine_wait:
  the same program earlier, main blocked in its select, which the running
  worker can still wake;
* editor_find_dark / editor_find_light / editor_keys (editor_checks.py):
  syntax colours, the find bar, and real keys for typing, undo / redo,
  copy / paste and find;
* presenter_dark / presenter_light / dpi / presenter_keys / freed
  (view_checks.py): presenter zoom and DPI scaling (crisp fonts, taller
  text in the screenshot, Ctrl+= / Ctrl+- saved across a restart), and the
  objects freed between two pauses.

Saved GUI settings go to <out>/config (XDG_CONFIG_HOME), never the user's.

Each saves a screenshot that must decode as a 1280x800 PNG and not be blank.

Usage: desktop_test.py --gui build/native/shell/gui/heapscope_gui --out build/screenshots
Exit code 0 on success; prints one line per failed check.
"""
import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib

import editor_checks
import view_checks


def decode_png(path):
    """Minimal decoder for the 8-bit RGB/RGBA non-interlaced PNGs stb writes.
    Returns (width, height, channels, rows as bytes)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width = 8, b"", None
    while pos < len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if ctype == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            if depth != 8 or color not in (2, 6) or interlace:
                raise ValueError("unsupported PNG format")
            channels = 4 if color == 6 else 3
        elif ctype == b"IDAT":
            idat += chunk
        elif ctype == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def distinct_colours(width, channels, rows, step=2):
    seen = set()
    for row in rows[::step]:
        for x in range(0, width, step):
            seen.add(row[x * channels:x * channels + 3])
    return len(seen)


PROGRAMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")

# What each scenario runs and checks. "why-alive" is the Must-show path:
# run the example part way, pause, select the big object, ask why it is alive.
SCENARIOS = {
    "hello": {
        "args": ["--example", "hello", "--run-steps", "5000000", "--theme", "light"],
        "status": "finished",
    },
    "why_alive": {
        # subslice_pin pauses at a breakpoint on line 21 (fmt.Println) after
        # load() filled the 1 MiB array and main kept a 4-byte sub-slice of
        # it in a global.
        "args": ["--example", "subslice_pin", "--run-steps", "100000000", "--break-at", "21",
                 "--steps-per-frame", "1000000",
                 "--select", "[]byte", "--why-alive", "--tab", "leaks"],
        "status": "paused",
    },
    # Run controls: a breakpoint on line 22, then Step over (-> 23), Step
    # into makeCounter (-> 14, 15), Step out (back in main on 23), Step over
    # (-> 24). By then makeCounter has returned: the closure in `next` holds
    # its environment alone, and the frame tree says so.
    "stepping": {
        "args": [os.path.join(PROGRAMS, "stepping.go"), "--run-steps", "100000000", "--break-at", "22",
                 "--then", "over,into,into,out,over"],
        "status": "paused",
    },
    # Time travel: the same steps, then Step back twice: back where the Step
    # out (23, after makeCounter returned) and the second Step into (15)
    # stopped, at exactly the same VM steps (the run is replayed).
    "step_back": {
        "args": [os.path.join(PROGRAMS, "stepping.go"), "--run-steps", "100000000", "--break-at", "22",
                 "--then", "over,into,into,out,over,back,back"],
        "status": "paused",
    },
    # Stepping off the end: the program finishes, goroutine 1 is not "running".
    "step_to_end": {
        "args": [os.path.join(PROGRAMS, "stepping.go"), "--run-steps", "100000000", "--break-at", "25",
                 "--then", "over,over"],
        "status": "finished",
    },
    # Files: the path field's Open then Save (--open / --save do what its
    # buttons do); the opened program is what runs, and the saved copy is
    # byte for byte the editor text. {out} is the test's output directory.
    "open_save": {
        "args": ["--example", "hello", "--open", "{out}/open_in.go", "--save", "{out}/open_saved.go",
                 "--run-steps", "5000000"],
        "status": "finished",
    },
    # A .go file dropped on the window (--drop posts a real SDL_DROPFILE) opens.
    "drop": {
        "args": ["--example", "hello", "--drop", "{out}/drop_in.go"],
        "status": "idle",
    },
    # A failed open keeps the editor text (hello) and says why.
    "open_missing": {
        "args": ["--example", "hello", "--open", "{out}/no_such_file.go", "--run-steps", "5000000"],
        "status": "finished",
    },
    # Goroutine leak: paused on line 40 (after main's last sleep) the five
    # slow workers are blocked on their sends to channels nobody else holds.
    # Selecting by type picks one of those channels (the graph and the
    # inspector follow, as when its link in the goroutine tree is clicked).
    "goroutine_leak": {
        "args": ["--example", "goroutine_leak", "--run-steps", "100000000", "--break-at", "40",
                 "--steps-per-frame", "1000000", "--select", "chan main.result", "--theme", "light"],
        "status": "paused",
    },
    # The must-show, literally: the goroutine-leak example run and
    # paused, the leaked slice selected, "why alive?" names the retainer path
    # from the blocked worker's frame.
    "goroutine_leak_why": {
        "args": ["--example", "goroutine_leak", "--run-steps", "100000000", "--break-at", "40",
                 "--steps-per-frame", "1000000", "--select", "[]uint8", "--why-alive"],
        "status": "paused",
    },
    # Run controls "GC now" and seed: paused on line 27 a dropped ring of 3
    # nodes is cyclic garbage; --then gc frees it; seed 7 makes the select
    # pick channel b (the CLI agrees: `heapscope run --seed 7`).
    "gc_now": {
        "args": [os.path.join(PROGRAMS, "gc_now.go"), "--seed", "7", "--run-steps", "100000000",
                 "--break-at", "27", "--then", "gc,continue"],
        "status": "finished",
    },
    # Earlier, on the first worker's send (line 25): main is blocked in its
    # select on that worker's channel and a timer's; both can still fire.
    "goroutine_wait": {
        "args": ["--example", "goroutine_leak", "--run-steps", "100000000", "--break-at", "25",
                 "--steps-per-frame", "1000000"],
        "status": "paused",
    },
    # A compile error: the diagnostic's line is known to the editor (marked,
    # message on hover), and nothing runs.
    "compile_error": {
        "args": [os.path.join(PROGRAMS, "compile_error.go"), "--run-steps", "1000", "--break-at", "8"],
        "status": "compile error",
    },
}
SCENARIOS.update(view_checks.SCENARIOS)  # after "stepping": its screenshot is the 100% baseline


def check_png(shot, failures):
    if not os.path.exists(shot):
        failures.append("no screenshot at %s" % shot)
        return
    try:
        w, h, ch, rows = decode_png(shot)
        colours = distinct_colours(w, ch, rows)
        if (w, h) != (1280, 800):
            failures.append("screenshot is %dx%d, want 1280x800" % (w, h))
        if colours < 16:
            failures.append("screenshot looks blank: %d distinct colours" % colours)
        else:
            print("desktop: screenshot %s (%dx%d, %d colours)" % (shot, w, h, colours))
    except (ValueError, zlib.error, struct.error) as e:
        failures.append("screenshot unreadable: %s" % e)


def check_hello(state, expect, failures):
    if expect not in state.get("console", ""):
        failures.append("console does not contain %r: %r" % (expect, state.get("console")))
    if state.get("theme") != "light":
        failures.append("theme is %r, want 'light'" % state.get("theme"))


def check_why_alive(state, failures):
    """The selection is the 1 MiB backing array; "why alive?" names the global."""
    sel = state.get("selection") or {}
    if sel.get("kind") != "array" or sel.get("shallow", 0) < (1 << 20):
        failures.append("selection is not the 1 MiB backing array: %r" % sel)
    why = state.get("whyAlive") or {}
    path = why.get("path", "")
    if not why.get("found") or not path.startswith("global main.header") or "array" not in path:
        failures.append("retainer path %r does not start at global main.header through .array" % path)
    steps = why.get("steps", [])
    if not steps or steps[-1].get("id") != sel.get("id"):
        failures.append("retainer path does not end at the selection: %r" % steps)
    graph = state.get("graph") or {}
    if graph.get("pathEdges", 0) < 2 or graph.get("pathNodes", 0) < 3:
        failures.append("graph does not highlight the path (root + 2 objects, 2 edges): %r" % graph)
    frames = [f for g in state.get("goroutines", []) for f in g.get("frames", [])]
    if not any(f.get("function") == "main.main" and any(l.get("name") == "buf" for l in f.get("locals", []))
               for f in frames):
        failures.append("frames do not show main.main with local buf: %r" % frames)
    if not (state.get("leaks") or {}).get("pins"):
        failures.append("leak report lists no pinned backing array")
    if state.get("line") != 21:
        failures.append("paused on line %r, want the breakpoint on 21" % state.get("line"))
    print("desktop: why alive? %s" % path)


def check_stepping(state, failures):
    """Breakpoint, then over / into / into / out / over land on these lines."""
    stops = [(st.get("reason"), st.get("line")) for st in state.get("stops", [])]
    want = [("breakpoint", 22), ("step", 23), ("step", 14), ("step", 15), ("step", 23), ("step", 24)]
    if stops != want:
        failures.append("stops %r, want %r" % (stops, want))
    if state.get("line") != 24 or state.get("stopReason") != "step":
        failures.append("paused on line %r (%r), want 24 after a step" % (state.get("line"), state.get("stopReason")))
    if state.get("breakpoints") != [22]:
        failures.append("breakpoints %r, want [22]" % state.get("breakpoints"))
    frames = [f for g in state.get("goroutines", []) for f in g.get("frames", [])]
    if [(f.get("function"), f.get("line")) for f in frames] != [("main.main", 24)]:
        failures.append("frames %r, want main.main at line 24 only" % frames)
    locals_ = {l.get("name"): l for f in frames for l in f.get("locals", [])}
    env = (locals_.get("next") or {}).get("env") or {}
    if not env.get("returned") or env.get("definedIn") != "main.makeCounter" or \
            not env.get("text", "").startswith("env of main.makeCounter.func1, returned, held by closure #"):
        failures.append("closure `next` does not show its returned environment: %r" % env)
    print("desktop: stops %s; next: %s" % (stops, env.get("text")))


def check_step_back(state, failures):
    stops = [(st.get("reason"), st.get("line"), st.get("steps")) for st in state.get("stops", [])]
    lines = [(r, l) for r, l, _ in stops]
    want = [("breakpoint", 22), ("step", 23), ("step", 14), ("step", 15), ("step", 23), ("step", 24),
            ("seek", 23), ("seek", 15)]
    if lines != want:
        failures.append("stops %r, want %r" % (lines, want))
    elif stops[6][2] != stops[4][2] or stops[7][2] != stops[3][2]:
        failures.append("step back landed on steps %r/%r, want %r/%r" % (
            stops[6][2], stops[7][2], stops[4][2], stops[3][2]))
    if state.get("line") != 15 or state.get("seeking") or state.get("maxStep", 0) < stops[5][2]:
        failures.append("after step back: line %r seeking %r maxStep %r" % (
            state.get("line"), state.get("seeking"), state.get("maxStep")))
    frames = [(f.get("function"), f.get("line")) for g in state.get("goroutines", []) for f in g.get("frames", [])]
    if frames[:2] != [("main.makeCounter", 15), ("main.main", 23)]:
        failures.append("frames after step back %r, want makeCounter:15 over main:23" % frames)
    if "changes" not in state:
        failures.append("state has no 'changes' (what moved since the last pause)")
    print("desktop: step back stops %s; changes %r" % (stops[-3:], state.get("changes")))


def check_step_to_end(state, failures):
    states = [(g.get("goid"), g.get("state")) for g in state.get("goroutines", [])]
    if any(st == "running" for _, st in states):
        failures.append("a goroutine is still shown as running after the program ended: %r" % states)
    if state.get("console") != "3 2\n" or state.get("exitCode") != 0:
        failures.append("console %r exit %r, want '3 2' and 0" % (state.get("console"), state.get("exitCode")))
    print("desktop: after the end goroutines are %r" % states)


def waiting(state):
    return [g for g in state.get("goroutines", []) if g.get("waitsOn")]


def check_gc_now(state, failures):
    """GC now freed the ring (3 objects in cycles); seed 7 picked channel b."""
    if not re.match(r"GC at step \d+: freed \d+ objects, 3 in cycles$", state.get("gc", "")):
        failures.append("gc %r, want the ring's 3 objects freed in cycles" % state.get("gc"))
    if state.get("seed") != 7 or state.get("console") != "ring dropped\npicked 2\n":
        failures.append("seed %r console %r, want 7 and picked 2" % (state.get("seed"), state.get("console")))
    print("desktop: %s; seed %s: %r" % (state.get("gc"), state.get("seed"), state.get("console")))


def check_goroutine_leak_why(state, failures):
    """The leaked 1 KiB buffer is alive because a leaked worker's frame holds it."""
    sel = state.get("selection") or {}
    why = state.get("whyAlive") or {}
    leaked = {g.get("goid") for g in state.get("goroutines", []) if g.get("leaked")}
    if sel.get("type") != "[]uint8" or sel.get("site") != "main.fetch.func1:23":
        failures.append("selection %r is not the worker's buffer" % sel)
    root = why.get("root", "")
    m = re.match(r"goroutine (\d+) main\.fetch\.func1 frame: buf$", root)
    if not why.get("found") or not m or int(m.group(1)) not in leaked:
        failures.append("why alive %r does not start at a leaked worker's frame (leaked: %r)" % (why, sorted(leaked)))
    else:
        print("desktop: why alive? %s" % why.get("path"))


def check_goroutine_leak(state, failures):
    """Each blocked worker links to its channel; only the worker itself holds it."""
    workers = waiting(state)
    if [g.get("state") for g in workers] != ["chan send"] * 5:
        failures.append("want 5 workers blocked on chan send with a wait object: %r" % [
            (g.get("goid"), g.get("state")) for g in state.get("goroutines", [])])
    if (state.get("leaks") or {}).get("leakedGoroutines") != 5:
        failures.append("leaks.leakedGoroutines %r, want 5" % (state.get("leaks") or {}).get("leakedGoroutines"))
    wait_ids = set()
    for g in workers:
        waits = g.get("waitsOn", [])
        if not g.get("leaked") or len(waits) != 1:
            failures.append("goroutine %r: leaked %r waitsOn %r" % (g.get("goid"), g.get("leaked"), waits))
            continue
        w = waits[0]
        wait_ids.add(w.get("id"))
        if w.get("kind") != "chan" or w.get("type") != "chan main.result" or w.get("reachable"):
            failures.append("goroutine %r waits on %r, want an unreachable chan main.result" % (g.get("goid"), w))
        holders = w.get("holders", [])
        if not holders or any(h.get("goid") != g.get("goid") or h.get("live") for h in holders):
            failures.append("goroutine %r: channel held by %r, want only itself (not live)" % (g.get("goid"), holders))
        if not any("frame: closure" in h.get("path", "") and h.get("referrer") for h in holders):
            failures.append("goroutine %r: no holder through its closure: %r" % (g.get("goid"), holders))
    if len(wait_ids) != len(workers):
        failures.append("workers share channels: %r" % sorted(wait_ids))
    main = [g for g in state.get("goroutines", []) if g.get("goid") == 1]
    if not main or main[0].get("state") != "running" or main[0].get("waitsOn"):
        failures.append("goroutine 1 should be running with nothing to wait on: %r" % main)
    sel = state.get("selection") or {}
    if sel.get("kind") != "chan" or sel.get("id") not in wait_ids:
        failures.append("selection %r is not one of the wait channels %r" % (sel, sorted(wait_ids)))
    if workers and workers[0].get("waitsOn"):
        w = workers[0]["waitsOn"][0]
        print("desktop: goroutine %s waits on %s #%s, held by %s" % (
            workers[0].get("goid"), w.get("type"), w.get("id"), " | ".join(h.get("path") for h in w.get("holders", []))))


def check_goroutine_wait(state, failures):
    """main waits in select on the worker's channel and a timer's: both reachable."""
    gs = {g.get("goid"): g for g in state.get("goroutines", [])}
    main, worker = gs.get(1) or {}, gs.get(2) or {}
    waits = main.get("waitsOn", [])
    if main.get("state") != "select" or main.get("leaked") is not False or len(waits) != 2:
        failures.append("goroutine 1: state %r leaked %r waitsOn %r, want a select on 2 channels" % (
            main.get("state"), main.get("leaked"), waits))
    if worker.get("state") != "running" or worker.get("waitsOn"):
        failures.append("goroutine 2 should be running: %r" % worker)
    if any(not w.get("reachable") or not w.get("wakePath") for w in waits):
        failures.append("a channel of main's select cannot be woken: %r" % waits)
    paths = [w.get("wakePath", "") for w in waits]
    if not any(p.startswith("goroutine 2 main.fetch.func1 frame: ") for p in paths) or \
            not any(p.startswith("timer channel") for p in paths):
        failures.append("wake paths %r, want one from goroutine 2's frame and one from the timer" % paths)
    ch = [w for w in waits if w.get("type") == "chan main.result"]
    if not ch or not any(h.get("goid") == 1 and h.get("live") for h in ch[0].get("holders", [])):
        failures.append("main's own frame is not listed as a live holder of the result channel: %r" % ch)
    print("desktop: goroutine 1 [select] can be woken: %s" % " | ".join(paths))


def check_compile_error(state, failures):
    diags = state.get("diagnostics", [])
    if not any(d.get("line") == 8 and "undefined: total" in d.get("message", "") for d in diags):
        failures.append("no diagnostic 'undefined: total' on line 8: %r" % diags)
    if "compile_error.go:8:14: undefined: total" not in state.get("console", ""):
        failures.append("console lacks the Go-style diagnostic: %r" % state.get("console"))
    if state.get("steps") != 0:
        failures.append("the program ran %r steps" % state.get("steps"))


OPENED_PROGRAM = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("opened from a file")\n}\n'


def check_version(state, failures):
    version = state.get("version", "")
    if not re.match(r"^heapscope \d+\.\d+\.\d+( \(git [0-9a-f]{4,}\))?$", version):
        failures.append("version %r, want 'heapscope X.Y.Z (git HASH)'" % version)


def check_open_save(state, out, failures):
    source = (state.get("editor") or {}).get("source")
    if source != OPENED_PROGRAM or state.get("console") != "opened from a file\n":
        failures.append("opened file: editor %r console %r" % (source, state.get("console")))
    saved = os.path.join(out, "open_saved.go")
    if not os.path.exists(saved) or open(saved, encoding="utf-8").read() != OPENED_PROGRAM:
        failures.append("%s does not hold the editor text" % saved)
    if state.get("filePath") != saved or state.get("file") != "open_saved.go":
        failures.append("after Save: filePath %r file %r" % (state.get("filePath"), state.get("file")))
    print("desktop: opened and saved %s (%s)" % (saved, state.get("fileMessage")))


def check_open_missing(state, expect, failures):
    if expect not in state.get("console", "") or "hello" not in (state.get("editor") or {}).get("source", ""):
        failures.append("a failed open lost the editor text: console %r" % state.get("console"))
    if not state.get("fileMessage", "").startswith("cannot open "):
        failures.append("fileMessage %r, want 'cannot open ...'" % state.get("fileMessage"))


def run_scenario(gui, out, name, spec, expect):
    shot = os.path.join(out, "desktop_%s.png" % name)
    state_path = os.path.join(out, "desktop_%s.json" % name)
    for p in (shot, state_path):
        if os.path.exists(p):
            os.remove(p)
    if name in ("open_save", "drop"):
        with open(os.path.join(out, name.replace("_save", "") + "_in.go"), "w", encoding="utf-8") as f:
            f.write(OPENED_PROGRAM)
        if os.path.exists(os.path.join(out, "open_saved.go")):
            os.remove(os.path.join(out, "open_saved.go"))
    args = [a.replace("{out}", os.path.abspath(out)) for a in spec["args"]]
    cmd = ["xvfb-run", "-a", "-s", spec.get("xvfb", "-screen 0 1280x800x24"), os.path.abspath(gui)] + args + [
        "--screenshot", shot, "--dump-state", state_path, "--exit"]
    failures = []
    try:
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=120, env=dict(os.environ, **spec.get("env", {})))
        if proc.returncode != 0:
            failures.append("heapscope_gui exited with %d:\n%s" % (
                proc.returncode, proc.stdout.decode("utf-8", "replace")[-2000:]))
    except subprocess.TimeoutExpired:
        failures.append("heapscope_gui did not exit within 120 s")
    check_png(shot, failures)
    if not os.path.exists(state_path):
        failures.append("no state dump at %s" % state_path)
    else:
        with open(state_path, encoding="utf-8") as f:
            state = json.load(f)
        if state.get("status") != spec["status"]:
            failures.append("status is %r, want %r" % (state.get("status"), spec["status"]))
        if state.get("frame", 0) < 5:
            failures.append("captured at frame %r, want >= 5" % state.get("frame"))
        check_version(state, failures)
        check = SCENARIO_CHECKS.get(name)
        if check:
            check(state, failures, expect=expect, out=os.path.abspath(out))
        elif name in view_checks.SCENARIOS:
            view_checks.check(name, state, shot, out, decode_png, failures)
    return ["%s: %s" % (name, f) for f in failures]


def check_drop(state, failures):
    source = (state.get("editor") or {}).get("source")
    if source != OPENED_PROGRAM or state.get("file") != "drop_in.go":
        failures.append("dropped file: editor %r file %r" % (source, state.get("file")))


# Scenario name -> its check of the dumped state (view_checks has the rest).
# Each takes (state, failures) and whichever of expect/out it needs.
SCENARIO_CHECKS = {
    "hello": lambda st, fl, expect, out: check_hello(st, expect, fl),
    "open_save": lambda st, fl, expect, out: check_open_save(st, out, fl),
    "drop": lambda st, fl, expect, out: check_drop(st, fl),
    "open_missing": lambda st, fl, expect, out: check_open_missing(st, expect, fl),
    "why_alive": lambda st, fl, **_: check_why_alive(st, fl),
    "stepping": lambda st, fl, **_: check_stepping(st, fl),
    "step_to_end": lambda st, fl, **_: check_step_to_end(st, fl),
    "step_back": lambda st, fl, **_: check_step_back(st, fl),
    "compile_error": lambda st, fl, **_: check_compile_error(st, fl),
    "goroutine_leak": lambda st, fl, **_: check_goroutine_leak(st, fl),
    "gc_now": lambda st, fl, **_: check_gc_now(st, fl),
    "goroutine_leak_why": lambda st, fl, **_: check_goroutine_leak_why(st, fl),
    "goroutine_wait": lambda st, fl, **_: check_goroutine_wait(st, fl),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gui", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--only", default="", help="comma-separated scenarios (default: all)")
    ap.add_argument("--expect", default="hello, world")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    # Settings the GUI saves (zoom, theme) stay in the output directory.
    config = os.path.join(os.path.abspath(args.out), "config")
    shutil.rmtree(config, ignore_errors=True)
    os.environ["XDG_CONFIG_HOME"] = config
    wanted = [n for n in SCENARIOS if not args.only or n in args.only.split(",")]
    failures = []
    for name in wanted:
        failures += run_scenario(args.gui, args.out, name, SCENARIOS[name], args.expect)
    only = [n for n in args.only.split(",") if n]
    if not only or any(n.startswith("editor_") for n in only):
        failures += editor_checks.run_editor_scenarios(args.gui, args.out, only, decode_png, check_png)
    if not only or "presenter_keys" in only:
        failures += view_checks.run_keys_scenario(args.gui, args.out)
    for f in failures:
        print("desktop: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
