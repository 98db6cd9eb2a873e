"""Presenter zoom, DPI scaling and freed-object checks for desktop_test.py.

* presenter_dark (freed.go at --zoom 150) / presenter_light (subslice_pin's
  "why alive?" at --zoom 200, light theme):
  the state reports the zoom and a font rasterised at 24 / 32 px (not a
  scaled 16 px one), and in the screenshot the toolbar's text rows are that
  much taller than at 100% (the stepping scenario's screenshot).
* dpi: Xvfb at 144 dpi (SDL asked without XRandR, whose virtual outputs
  report no size): the GUI starts at 150% by itself.
* presenter_keys: real Ctrl+= twice then Ctrl+- (xdotool) go 100% -> 125%
  -> 150% -> 125%; the zoom is saved ($XDG_CONFIG_HOME/heapscope/settings)
  and the next start without --zoom comes up at 125%.
* freed: programs/freed.go pauses on line 18 and 20; line 19 deleted the
  "drop" entry of a map: the state lists the freed main.Entry (held by the
  map under ["drop"]), its []int and its [200]int, the graph draws their
  ghosts, and the change counts say 3 freed.
"""
import json
import os
import shutil
import signal
import subprocess
import time

import editor_checks

PROGRAMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
STEPPING = [os.path.join(PROGRAMS, "stepping.go"), "--run-steps", "100000000", "--break-at", "22",
            "--then", "over,into"]

FREED = [os.path.join(PROGRAMS, "freed.go"), "--run-steps", "100000000", "--break-at", "18", "--break-at", "20",
         "--then", "continue"]

SCENARIOS = {
    "presenter_dark": {"args": FREED + ["--zoom", "150"], "status": "paused"},
    "presenter_light": {"args": ["--example", "subslice_pin", "--run-steps", "100000000", "--break-at", "21",
                                "--steps-per-frame", "1000000", "--select", "[]byte", "--why-alive",
                                "--zoom", "200", "--theme", "light"], "status": "paused"},
    "dpi": {"args": STEPPING, "status": "paused", "xvfb": "-screen 0 1280x800x24 -dpi 144",
            "env": {"SDL_VIDEO_X11_XRANDR": "0"}},
    "freed": {"args": FREED + ["--tab", "freed"], "status": "paused"},
}


def first_text_band(decode_png, shot, light):
    """Height in pixels of the first band of consecutive rows holding text
    pixels (white on dark, black on light): the toolbar's first line of
    glyphs, "(edited)" and the button labels."""
    w, h, ch, rows = decode_png(shot)
    run = 0
    for y in range(0, h // 2):
        row = rows[y]
        text = False
        for x in range(0, w):
            r, g, b = row[x * ch], row[x * ch + 1], row[x * ch + 2]
            if (light and max(r, g, b) <= 40) or (not light and min(r, g, b) >= 225):
                text = True
                break
        if text:
            run += 1
        elif run >= 3:
            return run
        else:
            run = 0
    return run


def check_view(state, zoom, scale, font_pixels, failures):
    view = state.get("view") or {}
    if abs(view.get("zoom", 0) - zoom) > 0.01 or abs(view.get("uiScale", 0) - scale) > 0.01:
        failures.append("view %r, want zoom %.2f and uiScale %.2f" % (view, zoom, scale))
    if abs(view.get("fontPixels", 0) - font_pixels) > 0.5 or abs(view.get("fontSize", 0) - font_pixels) > 0.5:
        failures.append("font rasterised at %r px (laid out at %r), want %d: scaled, not crisp" % (
            view.get("fontPixels"), view.get("fontSize"), font_pixels))


def check(name, state, shot, out, decode_png, failures):
    if name in ("presenter_dark", "presenter_light", "dpi"):
        # (presenter zoom, UI scale): at 144 dpi the display scale is 1.5, the zoom stays 100%.
        zoom, scale = {"presenter_dark": (1.5, 1.5), "presenter_light": (2.0, 2.0), "dpi": (1.0, 1.5)}[name]
        check_view(state, zoom, scale, round(16 * scale), failures)
        zoom = scale
        if not os.path.exists(shot):
            return
        light = name == "presenter_light"
        tall = first_text_band(decode_png, shot, light)
        base_shot = os.path.join(out, "desktop_stepping.png")
        base = first_text_band(decode_png, base_shot, False) if os.path.exists(base_shot) else 11
        if tall < base * zoom * 0.85:
            failures.append("toolbar text is %d px tall at %d%%, %d px at 100%%: not scaled" % (
                tall, zoom * 100, base))
        print("desktop: %s: text rows %d px (100%%: %d px), view %r" % (name, tall, base, state.get("view")))
    elif name == "freed":
        check_freed(state, failures)


def check_freed(state, failures):
    freed = state.get("freed") or {}
    objects = {o.get("type"): o for o in freed.get("objects", [])}
    entry = objects.get("main.Entry") or {}
    if state.get("line") != 20 or [s.get("line") for s in state.get("stops", [])] != [18, 20]:
        failures.append("stops %r, want the breakpoints 18 then 20" % state.get("stops"))
    if freed.get("count") != 3 or set(objects) != {"main.Entry", "[]int", "[200]int"}:
        failures.append("freed %r, want main.Entry, []int and [200]int" % freed)
    if entry.get("heldByLabel") != '["drop"]' or not entry.get("heldBy"):
        failures.append("freed main.Entry was not held by the map under [\"drop\"]: %r" % entry)
    if (objects.get("[200]int") or {}).get("bytes", 0) < 1600:
        failures.append("freed [200]int has %r bytes" % (objects.get("[200]int") or {}).get("bytes"))
    stops = state.get("stops") or [{}]
    if freed.get("sinceStep") != stops[0].get("steps"):
        failures.append("freed since step %r, want the first pause's %r" % (freed.get("sinceStep"), stops[0].get("steps")))
    if (state.get("changes") or {}).get("freed") != 3:
        failures.append("changes %r, want 3 freed" % state.get("changes"))
    if (state.get("graph") or {}).get("freedShown", 0) < 3:
        failures.append("graph draws %r ghosts, want 3" % (state.get("graph") or {}).get("freedShown"))
    print("desktop: freed since step %r: %s" % (freed.get("sinceStep"), ", ".join(
        "%s #%s" % (o.get("type"), o.get("id")) for o in freed.get("objects", []))))


# Ctrl+= twice, then Ctrl+-: 100% -> 125% -> 150% -> 125%.
ZOOM_KEYS = [(["key", "ctrl+equal"], 0.5), (["key", "ctrl+equal"], 0.5), (["key", "ctrl+minus"], 0.5)]


def run_gui_until_quit(gui, args, env, keys):
    """Starts the GUI on its own Xvfb display, sends `keys`, quits it."""
    display = ":%d" % editor_checks.free_display()
    env = dict(env, DISPLAY=display)
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    gui_proc = None
    try:
        time.sleep(1.0)
        gui_proc = subprocess.Popen([os.path.abspath(gui)] + args, env=env, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["xdotool", "search", "--sync", "--name", "heapscope"], env=env, timeout=30,
                       stdout=subprocess.DEVNULL)
        time.sleep(1.5)
        for xargs, pause in keys:
            subprocess.run(["xdotool"] + xargs, env=env, timeout=30)
            time.sleep(pause)
        gui_proc.send_signal(signal.SIGTERM)
        gui_proc.wait(timeout=30)
        return None
    except (subprocess.TimeoutExpired, OSError) as e:
        if gui_proc and gui_proc.poll() is None:
            gui_proc.kill()
        return "driving the GUI failed: %s" % e
    finally:
        xvfb.terminate()
        xvfb.wait()


def run_keys_scenario(gui, out):
    name = "presenter_keys"
    if not shutil.which("xdotool") or not shutil.which("Xvfb"):
        print("desktop: %s skipped (xdotool or Xvfb not installed)" % name)
        return []
    config = os.path.join(os.path.abspath(out), "config_keys")
    shutil.rmtree(config, ignore_errors=True)
    env = dict(os.environ, XDG_CONFIG_HOME=config)
    failures = []
    first = os.path.join(out, "desktop_presenter_keys.json")
    second = os.path.join(out, "desktop_presenter_keys_reload.json")
    for path in (first, second):
        if os.path.exists(path):
            os.remove(path)
    err = run_gui_until_quit(gui, ["--example", "hello", "--dump-state", first], env, ZOOM_KEYS)
    if err:
        failures.append(err)
    err = err or run_gui_until_quit(gui, ["--example", "hello", "--dump-state", second], env, [])
    if err:
        failures.append(err)
    zooms = []
    for path in (first, second):
        try:
            with open(path, encoding="utf-8") as f:
                zooms.append((json.load(f).get("view") or {}).get("zoom"))
        except (OSError, ValueError):
            zooms.append(None)
    if zooms != [1.25, 1.25]:
        failures.append("zoom after Ctrl+= Ctrl+= Ctrl+- then after a restart: %r, want [1.25, 1.25]" % zooms)
    saved = os.path.join(config, "heapscope", "settings")
    if not os.path.exists(saved) or "zoom=1.25" not in open(saved, encoding="utf-8").read():
        failures.append("%s does not hold zoom=1.25" % saved)
    if not failures:
        print("desktop: %s: Ctrl+= / Ctrl+- set the zoom to 125%%, kept across a restart" % name)
    return ["%s: %s" % (name, f) for f in failures]
