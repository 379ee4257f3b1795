#!/usr/bin/env python3
"""Records the expected behaviour of the differential corpus from CPython.

For each program under src/test/resources/differential, runs it with this python3 and writes
NAME.out (its stdout) and, if it did not exit with status 0, NAME.status ("exit=N" and, for an
uncaught exception, "error=Type: message"). DifferentialTest compares Taipan against these
files; OracleDriftTest re-runs python3 to check they are still what CPython does.

Programs under py312/ use Python 3.12 syntax (PEP 695 generics, ...): they are recorded with a
CPython 3.12 (python3.12 on PATH or a pyenv 3.12) instead of python3.

Usage: tests/record-expected.py [PROGRAM.py ...]   (default: every program without a .out)
"""
import glob
import os
import shutil
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", "test", "resources", "differential")


def python312():
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates = ["python3.12"] + sorted(glob.glob(os.path.join(root, "versions", "3.12.*", "bin", "python3.12")))
    for candidate in candidates:
        exe = shutil.which(candidate)
        if exe and subprocess.run([exe, "-c", "pass"], capture_output=True).returncode == 0:
            return exe
    sys.exit("record-expected.py: programs under py312/ need a CPython 3.12")


def interpreter(path):
    return python312() if os.path.basename(os.path.dirname(path)) == "py312" else sys.executable


def run(path):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    p = subprocess.run([interpreter(path), "-X", "utf8", os.path.basename(path)], cwd=os.path.dirname(path),
                       capture_output=True, env=env, timeout=120)
    status = ""
    if p.returncode != 0:
        status = "exit=%d\n" % p.returncode
        err = p.stderr.decode("utf-8").strip().splitlines()
        if err and "Traceback" in p.stderr.decode("utf-8"):
            status += "error=%s\n" % err[-1]
    return p.stdout, status


def record(path):
    out, status = run(path)
    base = path[:-3]
    with open(base + ".out", "wb") as f:
        f.write(out)
    if status:
        with open(base + ".status", "w") as f:
            f.write(status)
    elif os.path.exists(base + ".status"):
        os.remove(base + ".status")


def main(args):
    if args:
        paths = [os.path.abspath(a) for a in args]
    else:
        paths = []
        for d, _, files in os.walk(ROOT):
            for name in sorted(files):
                if name.endswith(".py") and not os.path.exists(os.path.join(d, name[:-3] + ".out")):
                    paths.append(os.path.join(d, name))
    for p in sorted(paths):
        record(p)
        print("recorded", os.path.relpath(p, ROOT))


if __name__ == "__main__":
    main(sys.argv[1:])
