#!/usr/bin/env python3
"""Records the expected behaviour of the differential corpus from CPython.

For each program under src/test/resources/differential, runs it with this python3 and writes
NAME.out (its stdout) and, if it did not exit with status 0, NAME.status ("exit=N" and, for an
uncaught exception, "error=Type: message"). DifferentialTest compares Taipan against these
files; OracleDriftTest re-runs python3 to check they are still what CPython does.

Usage: tests/record-expected.py [PROGRAM.py ...]   (default: every program without a .out)
"""
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", "test", "resources", "differential")


def run(path):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    p = subprocess.run([sys.executable, "-X", "utf8", os.path.basename(path)], cwd=os.path.dirname(path),
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
