#!/usr/bin/python3
"""Desktop GUI test: runs heapscope_gui under Xvfb on the bundled hello
example, lets it run, and checks what a person would see:

* the screenshot exists, decodes as a PNG of the window's size and is not
  blank (many distinct colours: text, panels, buttons were drawn);
* the dumped UI state shows the program finished and its console contains
  "hello, world".

Usage: desktop_test.py --gui build/native/shell/gui/heapscope_gui --out build/screenshots
Exit code 0 on success; prints one line per failed check.
"""
import argparse
import json
import os
import struct
import subprocess
import sys
import zlib


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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gui", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--example", default="hello")
    ap.add_argument("--expect", default="hello, world")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    shot = os.path.join(args.out, "desktop_%s.png" % args.example)
    state_path = os.path.join(args.out, "desktop_%s.json" % args.example)
    for p in (shot, state_path):
        if os.path.exists(p):
            os.remove(p)
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", os.path.abspath(args.gui),
           "--example", args.example, "--run-steps", "5000000",
           "--screenshot", shot, "--dump-state", state_path, "--exit"]
    failures = []
    try:
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=120)
        if proc.returncode != 0:
            failures.append("heapscope_gui exited with %d:\n%s" % (
                proc.returncode, proc.stdout.decode("utf-8", "replace")[-2000:]))
    except subprocess.TimeoutExpired:
        failures.append("heapscope_gui did not exit within 120 s")

    if not os.path.exists(shot):
        failures.append("no screenshot at %s" % shot)
    else:
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

    if not os.path.exists(state_path):
        failures.append("no state dump at %s" % state_path)
    else:
        with open(state_path, encoding="utf-8") as f:
            state = json.load(f)
        if args.expect not in state.get("console", ""):
            failures.append("console does not contain %r: %r" % (args.expect, state.get("console")))
        if state.get("status") != "finished":
            failures.append("status is %r, want 'finished'" % state.get("status"))
        if state.get("frame", 0) < 5:
            failures.append("captured at frame %r, want >= 5" % state.get("frame"))
    for f in failures:
        print("desktop: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
