"""The benchmark programs: where each one lives per language, how to shrink it
for a quick run, and what it must print. Shared by bench/run.py (timings) and
tests/run_all.py (the `bench-programs` suite: each program once, small size,
output checked).

Reference programs (../shared/bench/{go,lua,py}) are read, never copied into the
repo. They take no size argument (except lambda_leak), so a smaller size is made
by an exact text edit of a copy; each edit must match exactly as often as
declared, so a changed reference fails loudly instead of running the wrong size.

Our own programs (bench/programs/*.go) take their size as os.Args[1] and state
it in header comments:
    // bench-args: 300000        // bench-expect: <last line at that size>
    // bench-quick-args: 3000    // bench-quick-expect: <last line>
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench"))
OWN = os.path.join(HERE, "programs")

LANGS = ("go", "lua", "py")
EXT = {"go": ".go", "lua": ".lua", "py": ".py"}

# The programs the "geomean vs Lua" target is defined over.
LUA_TARGET_SET = ("fib", "loop", "mapstr", "closures", "alloc", "strbuild")
# Yaegi / compiled Go, as recorded in ../shared/bench/README.md.
YAEGI_RATIO = {"fib": 530, "loop": 55, "closures": 80, "alloc": 65, "strbuild": 140,
               "mapstr": 2, "chan": 3}


def _fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def _loop(n):
    # (i*i) % 7 repeats with period 7: 0 1 4 2 2 4 1 (sum 14)
    q, r = divmod(n, 7)
    return 14 * q + sum([0, 1, 4, 2, 2, 4, 1][:r])


def _tri(n):  # 0 + 1 + ... + (n-1)
    return n * (n - 1) // 2


def _byte_sum(n):  # sum of byte(i) for i < n
    q, r = divmod(n, 256)
    return q * _tri(256) + _tri(r)


class Program:
    """One workload. `edits[lang]` = [(old, new_template, count)]: applied to a
    copy with {n} = the size (and {n1} = size-1) when the size is not the
    reference size. `expect(lang, n)` = the last line it must print. `other`
    = regex every other stdout line must match (None: no other lines)."""

    def __init__(self, name, full, quick, expect, edits=None, args=None, other=None,
                 own=False):
        self.name = name
        self.full = full
        self.quick = quick
        self._expect = expect
        self.edits = edits or {}
        self.args = args  # callable(n) -> argv, for programs sized by argument
        self.other = other
        self.own = own

    def size(self, quick):
        return self.quick if quick else self.full

    def expect(self, lang, n):
        return self._expect(lang, n)

    def source(self, lang):
        """Path of the program in `lang`, or None if there is none."""
        if self.own:
            if lang == "go":
                return os.path.join(OWN, self.name + ".go")
            p = os.path.join(OWN, lang, self.name + EXT[lang])
            return p if os.path.exists(p) else None
        p = os.path.join(SHARED, lang, self.name + EXT[lang])
        return p if os.path.exists(p) else None

    def prepare(self, lang, n, workdir):
        """(path, argv) to run `lang`'s version at size n; writes an edited
        copy into workdir when needed. Raises ValueError on a stale edit."""
        src = self.source(lang)
        if src is None:
            return None, None
        if self.args is not None:
            return src, self.args(n)
        if n == self.full:
            return src, []
        with open(src, encoding="utf-8") as f:
            text = f.read()
        for old, new, count in self.edits.get(lang, []):
            found = text.count(old)
            if found != count:
                raise ValueError("%s: expected %d x %r, found %d (reference changed?)"
                                 % (src, count, old, found))
            text = text.replace(old, new.format(n=n, n1=n - 1))
        sub = os.path.join(workdir, lang, str(n))
        os.makedirs(sub, exist_ok=True)
        path = os.path.join(sub, os.path.basename(src))
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path, []

    def check(self, lang, n, stdout):
        """'' if stdout is right, else a one-line reason."""
        lines = stdout.rstrip("\n").split("\n") if stdout.strip() else []
        want = self.expect(lang, n)
        if not lines:
            return "no output, want %r" % want
        if lines[-1].strip() != want:
            return "last line %r, want %r" % (lines[-1][:80], want)
        for line in lines[:-1]:
            if self.other is None or not re.fullmatch(self.other, line):
                return "unexpected line %r" % line[:80]
        return ""


def _same(*langs_edit):
    return {lang: list(langs_edit) for lang in LANGS}


REFERENCE = [
    Program("fib", 32, 22, lambda lang, n: str(_fib(n)),
            edits=_same(("fib(32)", "fib({n})", 1))),
    Program("loop", 50000000, 1000000, lambda lang, n: str(_loop(n)),
            edits=_same(("50000000", "{n}", 1))),
    Program("mapstr", 1000000, 20000,
            lambda lang, n: ("%d %d" % (n, _tri(n))) if lang == "go" else str(_tri(n)),
            edits={"go": [("1000000", "{n}", 1)], "py": [("1000000", "{n}", 1)],
                   "lua": [("999999", "{n1}", 1)]}),
    Program("closures", 1000000, 20000,
            lambda lang, n: str(_tri(n + 1) if lang == "lua" else _tri(n)),
            edits={"go": [("const n = 1000000", "const n = {n}", 1)],
                   "py": [("1000000", "{n}", 1)], "lua": [("1000000", "{n}", 2)]}),
    Program("chan", 200000, 5000, lambda lang, n: "%d %d" % (n, _tri(n)),
            edits={"go": [("const n = 200000", "const n = {n}", 1)]}),
    Program("alloc", 18, 10, lambda lang, n: str(4 * (2 ** (n + 1) - 1)),
            edits={"go": [("make_(18)", "make_({n})", 1)], "lua": [("make(18)", "make({n})", 1)],
                   "py": [("make(18)", "make({n})", 1)]}),
    Program("strbuild", 1000000, 20000, lambda lang, n: str(n),
            edits={"go": [("i < 1000000", "i < {n}", 1)], "lua": [("1, 1000000", "1, {n}", 1)],
                   "py": [("range(1000000)", "range({n})", 1)]}),
    Program("lambda_leak", 1000000, 100000, lambda lang, n: "checksum %d" % _byte_sum(n),
            args=lambda n: [str(n)], other=r"round \d+ heap_alloc_kib \d+"),
]


def _header(text, key):
    m = re.search(r"^// bench-%s:[ \t]*(.*)$" % re.escape(key), text, re.M)
    return m.group(1).strip() if m else None


def own_programs():
    """bench/programs/*.go, sized by their header comments."""
    found = []
    if not os.path.isdir(OWN):
        return found
    for name in sorted(os.listdir(OWN)):
        if not name.endswith(".go"):
            continue
        with open(os.path.join(OWN, name), encoding="utf-8") as f:
            text = f.read()
        full, quick = _header(text, "args"), _header(text, "quick-args")
        want = {full: _header(text, "expect"), quick: _header(text, "quick-expect")}
        if None in (full, quick) or None in want.values():
            raise ValueError("bench/programs/%s: needs bench-args, bench-expect, "
                             "bench-quick-args and bench-quick-expect headers" % name)
        found.append(Program(name[:-3], full, quick, lambda lang, n, w=want: w[n],
                             args=lambda n: n.split(), own=True))
    return found


def load_known_failures():
    """bench/known_failures.txt: program names that fail under heapscope today
    because a feature is unfinished (one a line, `#` comments)."""
    known = set()
    path = os.path.join(HERE, "known_failures.txt")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#")[0].strip()
                if line:
                    known.add(line)
    return known


def all_programs():
    return REFERENCE + own_programs()
