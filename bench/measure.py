"""One timed run of a child process: wall time, the child's own peak RSS, exit
code and output. Output goes to temp files, not pipes, so a chatty child cannot
block and reading it costs nothing during the timing.

Peak RSS comes from GNU time (/usr/bin/time -f %M), not from our own wait4:
Linux keeps a process's high-water mark across execve, so a child forked from
this Python runner would report at least the runner's ~16 MB. time's forked
child starts from time's ~1 MB instead. Without /usr/bin/time we fall back to
wait4 and say so (rss_floor_kib)."""
import os
import signal
import subprocess
import tempfile
import threading
import time

GNU_TIME = "/usr/bin/time"


class Run:
    def __init__(self, seconds, peak_rss_kib, code, stdout, stderr, timed_out=False):
        self.seconds = seconds
        self.peak_rss_kib = peak_rss_kib
        self.code = code
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out


def rss_method():
    return "GNU time %M" if os.path.exists(GNU_TIME) else "wait4 (floor: the runner's own RSS)"


def run_once(cmd, timeout, cwd=None, env=None):
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(prefix="hs-rss-", mode="r") as rss:
        use_time = os.path.exists(GNU_TIME)
        argv = ([GNU_TIME, "-q", "-f", "%M", "-o", rss.name] if use_time else []) + list(cmd)
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                cwd=cwd, env=env, start_new_session=True)
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # its own session: the child and time only
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)  # keeps Popen from reaping again
        peak = usage.ru_maxrss
        if use_time:
            words = rss.read().split()
            peak = int(words[-1]) if words and words[-1].isdigit() else 0
        out.seek(0)
        err.seek(0)
        return Run(seconds, peak, proc.returncode,
                   out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                   bool(timed_out))
