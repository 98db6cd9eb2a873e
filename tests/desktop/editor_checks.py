"""Editor checks for desktop_test.py.

* editor_find_dark / editor_find_light: subslice_pin with the find bar open
  on "header" (--find): the state counts every match, the first is current
  (line 2); the screenshot shows keywords in a colour of their own (blue in
  both themes) next to neutral identifiers: syntax highlighting is drawn.
* editor_keys: real key presses (xdotool, in an Xvfb of its own) into hello:
  typing, Ctrl+Z twice, Ctrl+Y, Ctrl+Shift+Z, selecting a line with
  Shift+Home, Ctrl+C, End, Ctrl+V, then Ctrl+F "abc" Enter Escape. Without
  --exit the GUI writes its state when it quits (SIGTERM), so the final
  editor text and find state are read from there. Skipped (with a line)
  when xdotool is not installed.
"""
import json
import os
import shutil
import signal
import subprocess
import time

FIND_SCENARIOS = {
    "editor_find_dark": ["--example", "subslice_pin", "--find", "header", "--theme", "dark"],
    "editor_find_light": ["--example", "subslice_pin", "--find", "header", "--theme", "light"],
}


def keyword_and_plain_pixels(decode_png, shot):
    """Counts text pixels in the editor's text area (left column, below the
    find bar) that are clearly blue (keywords: 'package', 'func', 'for'...)
    and that are neutral grey (identifiers, punctuation)."""
    w, h, ch, rows = decode_png(shot)
    bg = tuple(rows[300][200 * ch:200 * ch + 3])
    blue = neutral = 0
    for y in range(130, 430):
        row = rows[y]
        for x in range(60, 420):
            p = tuple(row[x * ch:x * ch + 3])
            if sum(abs(a - b) for a, b in zip(p, bg)) < 60:
                continue
            r, g, b = p
            if b - r >= 70 and b - g >= 25:
                blue += 1
            elif max(p) - min(p) <= 12:
                neutral += 1
    return blue, neutral


def check_find_state(state, failures):
    editor = state.get("editor") or {}
    find = editor.get("find") or {}
    want = editor.get("source", "").lower().count("header")
    if not find.get("open") or find.get("query") != "header":
        failures.append("find bar not open on 'header': %r" % find)
    if want < 2 or find.get("matches") != want:
        failures.append("find counts %r matches, the text has %d" % (find.get("matches"), want))
    if find.get("current") != 0 or find.get("line") != 2:
        failures.append("current match %r on line %r, want 0 on line 2" % (find.get("current"), find.get("line")))


def run_find_scenario(gui, out, name, args, decode_png, check_png):
    shot = os.path.join(out, "desktop_%s.png" % name)
    state_path = os.path.join(out, "desktop_%s.json" % name)
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", os.path.abspath(gui)] + args + [
        "--screenshot", shot, "--dump-state", state_path, "--exit"]
    failures = []
    proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
    if proc.returncode != 0:
        failures.append("heapscope_gui exited with %d" % proc.returncode)
    check_png(shot, failures)
    if os.path.exists(state_path):
        with open(state_path, encoding="utf-8") as f:
            check_find_state(json.load(f), failures)
    else:
        failures.append("no state dump")
    if os.path.exists(shot):
        blue, neutral = keyword_and_plain_pixels(decode_png, shot)
        if blue < 200 or neutral < 1000:
            failures.append("editor not highlighted: %d keyword-blue and %d neutral text pixels" % (blue, neutral))
        else:
            print("desktop: %s highlighted (%d keyword pixels, %d plain)" % (name, blue, neutral))
    return ["%s: %s" % (name, f) for f in failures]


# (xdotool arguments, pause after) in order; the text cursor starts on the
# empty last line of hello.go (the click lands below the text).
KEY_SCRIPT = [
    (["mousemove", "300", "420", "click", "1"], 0.4),
    (["type", "--delay", "20", "// abc"], 0.3),
    (["key", "ctrl+z", "ctrl+z"], 0.3),      # -> "// a"
    (["key", "ctrl+y"], 0.3),                # -> "// ab"
    (["key", "ctrl+shift+z"], 0.3),          # -> "// abc"
    (["key", "shift+Home", "ctrl+c", "End", "ctrl+v"], 0.4),  # -> "// abc// abc"
    (["key", "ctrl+f"], 0.3),
    (["type", "--delay", "20", "abc"], 0.3),
    (["key", "Return"], 0.3),                # second match current
    (["key", "Escape"], 0.4),                # back to the text, match selected
]


def free_display():
    for n in range(90, 140):
        if not os.path.exists("/tmp/.X11-unix/X%d" % n) and not os.path.exists("/tmp/.X%d-lock" % n):
            return n
    return 140


def run_keys_scenario(gui, out):
    name = "editor_keys"
    if not shutil.which("xdotool") or not shutil.which("Xvfb"):
        print("desktop: %s skipped (xdotool or Xvfb not installed)" % name)
        return []
    state_path = os.path.join(out, "desktop_%s.json" % name)
    if os.path.exists(state_path):
        os.remove(state_path)
    display = ":%d" % free_display()
    env = dict(os.environ, DISPLAY=display)
    failures = []
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    gui_proc = None
    try:
        time.sleep(1.0)
        gui_proc = subprocess.Popen([os.path.abspath(gui), "--example", "hello", "--dump-state", state_path], env=env,
                                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["xdotool", "search", "--sync", "--name", "heapscope"], env=env, timeout=30,
                       stdout=subprocess.DEVNULL)
        time.sleep(1.5)  # a few frames drawn
        for args, pause in KEY_SCRIPT:
            subprocess.run(["xdotool"] + args, env=env, timeout=30)
            time.sleep(pause)
        gui_proc.send_signal(signal.SIGTERM)
        gui_proc.wait(timeout=30)
    except (subprocess.TimeoutExpired, OSError) as e:
        failures.append("driving the GUI failed: %s" % e)
        if gui_proc and gui_proc.poll() is None:
            gui_proc.kill()
    finally:
        xvfb.terminate()
        xvfb.wait()
    if not os.path.exists(state_path):
        return ["%s: no state written at quit" % name] + failures
    with open(state_path, encoding="utf-8") as f:
        editor = json.load(f).get("editor") or {}
    source = editor.get("source", "")
    want = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n// abc// abc'
    if source != want:
        failures.append("editor text after typing / undo / redo / copy-paste is %r, want %r" % (source[-40:], want[-40:]))
    find = editor.get("find") or {}
    if find.get("open") or find.get("query") != "abc" or find.get("matches") != 2 or find.get("current") != 1:
        failures.append("find after Ctrl+F abc Enter Esc: %r (want closed, 2 matches, current 1)" % find)
    if not failures:
        print("desktop: %s: typing, Ctrl+Z/Ctrl+Y/Ctrl+Shift+Z, Ctrl+C/Ctrl+V and Ctrl+F work" % name)
    return ["%s: %s" % (name, f) for f in failures]


def run_editor_scenarios(gui, out, only, decode_png, check_png):
    failures = []
    for name, args in FIND_SCENARIOS.items():
        if not only or name in only:
            failures += run_find_scenario(gui, out, name, args, decode_png, check_png)
    if not only or "editor_keys" in only:
        failures += run_keys_scenario(gui, out)
    return failures
