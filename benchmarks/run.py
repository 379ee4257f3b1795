#!/usr/bin/env python3
"""Runs the benchmark programs side by side on Taipan (JIT and interpreter only), CPython and
GraalPy, and writes benchmarks/RESULTS.md.

Every program in benchmarks/programs is run N times per VM (best-of-N wall-clock time, start-up
included, like a user typing `taipan prog.py`); each run's stdout must equal CPython's. The
start-up row is startup.py (print('hi')). GraalPy 25.0.1 runs on the JVM from the Maven project
in benchmarks/graalpy (resolved on first use; skipped with a note when that fails), with the
JVM and JIT flags bin/taipan uses.

With --libgraal DIR, Taipan also runs with the Graal compiler loaded from DIR/libjvmcicompiler.so
(a libgraal built for this JDK; none ships with Taipan, see README.md): the "Taipan (libgraal)"
column shows what a precompiled JIT compiler changes.

Usage: python3 benchmarks/run.py [-n N] [--vms taipan,taipan-int,cpython,graalpy]
                                  [--programs fib,classes] [--no-write] [--timeout SECONDS]
                                  [--libgraal DIR]
"""
import argparse
import datetime
import os
import platform
import resource
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
GRAALPY_DIR = os.path.join(HERE, "graalpy")
GRAALPY_TARGET = os.path.join(GRAALPY_DIR, "target")
JDK_CANDIDATES = [os.environ.get("JAVA_HOME", ""), "/usr/lib/jvm/temurin-25-jdk-amd64"]

# bin/taipan's JVM options (JIT through the Graal compiler on the module path; HotSpot C1 only,
# so that C2 does not spend the first seconds compiling the Graal compiler; a 240 MB code cache, as
# C1 alone reserves 48 MB and collects it every 7 MB; SerialGC on up to two cores, ParallelGC beyond)
JVM_OPTS = ["-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "-XX:ReservedCodeCacheSize=240m", "--enable-native-access=org.graalvm.truffle,ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow", "-Xss16m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC" if len(os.sched_getaffinity(0)) <= 2 else "-XX:+UseParallelGC"]

VM_TITLES = {
    "taipan": "Taipan (JIT)",
    "taipan-int": "Taipan (--jit=off)",
    "taipan-libgraal": "Taipan (libgraal)",
    "cpython": "CPython",
    "graalpy": "GraalPy (JVM)",
}


def find_jdk():
    for home in JDK_CANDIDATES:
        if home and os.path.isfile(os.path.join(home, "bin", "jlink")) and "25" in open(os.path.join(home, "release")).read():
            return home
    return None


def graalpy_command(log):
    """The GraalPy launcher command, building benchmarks/graalpy on first use; None if unavailable."""
    lib = os.path.join(GRAALPY_TARGET, "lib")
    compiler = os.path.join(GRAALPY_TARGET, "compiler", "compiler.jar")
    jdk = find_jdk()
    if jdk is None:
        log("GraalPy skipped: no JDK 25 found (set JAVA_HOME)")
        return None
    if not (os.path.isdir(lib) and os.path.isfile(compiler)):
        log("resolving GraalPy 25.0.1 with Maven (benchmarks/graalpy; once) ...")
        env = dict(os.environ, JAVA_HOME=jdk)
        p = subprocess.run(["mvn", "-q", "-B", "package"], cwd=GRAALPY_DIR, env=env, capture_output=True, text=True)
        if p.returncode != 0 or not os.path.isfile(compiler):
            log("GraalPy skipped: mvn package in benchmarks/graalpy failed:\n" + (p.stdout + p.stderr)[-2000:])
            return None
    java = link_runtime(jdk, log)
    if java is None:
        return None
    return [java] + JVM_OPTS + ["--module-path", lib + os.pathsep + compiler, "--add-modules", "ALL-MODULE-PATH",
                                "-m", "org.graalvm.py.launcher/com.oracle.graal.python.shell.GraalPythonMain"]


def link_runtime(jdk, log):
    """A Java runtime like bin/taipan's: the JDK without its stub Graal module, so the real
    compiler loads from the module path and class-data sharing stays on."""
    out = os.path.join(GRAALPY_TARGET, "jvm")
    java = os.path.join(out, "bin", "java")
    if os.path.isfile(java):
        return java
    mods = subprocess.run([os.path.join(jdk, "bin", "java"), "--list-modules"], capture_output=True, text=True).stdout.split()
    mods = [m.split("@")[0] for m in mods]
    # no stub compiler; jlink itself (and jpackage, which needs it) cannot be linked from a JDK without jmods
    mods = [m for m in mods if not m.startswith("jdk.graal.compiler") and m not in ("jdk.jlink", "jdk.jpackage")]
    log("linking a Java runtime for GraalPy (once) ...")
    p = subprocess.run([os.path.join(jdk, "bin", "jlink"), "--add-modules", ",".join(mods), "--output", out, "--strip-debug",
                        "--no-man-pages", "--no-header-files", "--generate-cds-archive"], capture_output=True, text=True)
    if p.returncode != 0 or not os.path.isfile(java):
        log("GraalPy skipped: jlink failed: " + (p.stdout + p.stderr)[-1000:])
        shutil.rmtree(out, ignore_errors=True)
        return None
    return java


def commands(vms, log, libgraal=None):
    taipan = os.path.join(ROOT, "bin", "taipan")
    cmds = {}
    for vm in vms:
        if vm == "taipan":
            cmds[vm] = [taipan]
        elif vm == "taipan-libgraal":
            cmds[vm] = [taipan, "--vm.XX:+UseJVMCINativeLibrary", "--vm.XX:JVMCILibPath=" + libgraal]
        elif vm == "taipan-int":
            cmds[vm] = [taipan, "--jit=off"]
        elif vm == "cpython":
            cmds[vm] = ["python3"]
        elif vm == "graalpy":
            c = graalpy_command(log)
            if c is not None:
                cmds[vm] = c
        else:
            raise SystemExit("unknown VM " + vm)
    return cmds


def run_once(cmd, program, timeout):
    """(wall seconds, cpu seconds, stdout, error or None)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd + [program], capture_output=True, timeout=timeout, cwd=PROGRAMS)
    except subprocess.TimeoutExpired:
        return timeout, 0.0, b"", "timeout after %ds" % timeout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    err = None if p.returncode == 0 else "exit %d: %s" % (p.returncode, p.stderr.decode(errors="replace").strip()[-300:])
    return wall, cpu, p.stdout, err


def jit_report(prog_path, timeout):
    """One extra Taipan run with --engine.TraceCompilation: compilations, failures, deopts, invalidations,
    and the call target compiled most often (a deoptimisation loop shows up as a large count)."""
    cmd = [os.path.join(ROOT, "bin", "taipan"), "--engine.TraceCompilation", prog_path]
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, cwd=PROGRAMS, text=True, errors="replace")
    except subprocess.TimeoutExpired:
        return None
    done = failed = deopt = inval = 0
    per_target = {}
    osr = False
    for line in (p.stdout + p.stderr).splitlines():
        if not line.startswith("[engine] opt"):
            continue
        target = line[line.find("<"):line.find("|")].strip() if "<" in line else "?"
        if "opt done" in line:
            done += 1
            per_target[target] = per_target.get(target, 0) + 1
            osr = osr or "<OSR@" in target
        elif "opt failed" in line:
            failed += 1
        elif "opt deopt" in line:
            deopt += 1
        elif "opt inval" in line:
            inval += 1
    worst = max(per_target.items(), key=lambda kv: kv[1]) if per_target else ("—", 0)
    return done, failed, deopt, inval, osr, worst


def load():
    try:
        return open("/proc/loadavg").read().split()[:3]
    except OSError:
        return ["?"] * 3


def git_commit():
    p = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return p.stdout.strip() or "?"


def fmt(t):
    return "—" if t is None else "%.2f" % t


def ratio(a, b):
    return "—" if a is None or b is None or b == 0 else "%.2f×" % (a / b)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=3, help="runs per program and VM (best of N; default 3)")
    ap.add_argument("--vms", default="taipan,taipan-int,cpython,graalpy")
    ap.add_argument("--programs", default="", help="comma-separated program names (default: all)")
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/RESULTS.md")
    ap.add_argument("--no-jit-report", action="store_true", help="skip the --engine.TraceCompilation run per program")
    ap.add_argument("--libgraal", metavar="DIR", help="also run Taipan with DIR/libjvmcicompiler.so as its JIT compiler")
    args = ap.parse_args()

    notes = []

    def log(msg):
        print(msg, file=sys.stderr, flush=True)
        notes.append(msg)

    vms = [v for v in args.vms.split(",") if v]
    if args.libgraal:
        if not os.path.isfile(os.path.join(args.libgraal, "libjvmcicompiler.so")):
            raise SystemExit("--libgraal: no libjvmcicompiler.so in " + args.libgraal)
        vms.insert(vms.index("taipan") + 1 if "taipan" in vms else 0, "taipan-libgraal")
    if "cpython" not in vms:
        vms.append("cpython")  # the reference output
    progs = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if args.programs:
        wanted = args.programs.split(",")
        progs = [p for p in progs if p in wanted]
    # start-up first, so that bin/taipan builds the distribution outside the measurements
    progs.sort(key=lambda p: (p != "startup", p))
    cmds = commands(vms, log, os.path.abspath(args.libgraal) if args.libgraal else None)
    if "taipan" in cmds or "taipan-int" in cmds:
        subprocess.run([os.path.join(ROOT, "bin", "taipan"), "-c", "pass"], capture_output=True)
    vms = [v for v in vms if v in cmds]
    load_before = load()

    best = {}   # (prog, vm) -> (wall, cpu)
    failures = []
    expected = {}
    for prog in progs:
        path = os.path.join(PROGRAMS, prog + ".py")
        for i in range(args.n):
            # interleave the VMs so that load changes hit them alike
            for vm in ["cpython"] + [v for v in vms if v != "cpython"]:
                wall, cpu, out, err = run_once(cmds[vm], path, args.timeout)
                if vm == "cpython" and prog not in expected:
                    expected[prog] = out
                if err is None and out != expected.get(prog):
                    err = "stdout differs from CPython's: %r" % out[:200]
                if err is not None:
                    failures.append("%s on %s: %s" % (prog, vm, err))
                    print("  %-12s %-11s FAILED %s" % (prog, vm, err[:200]), file=sys.stderr, flush=True)
                    continue
                print("  %-12s %-11s %6.2f s (cpu %.2f)" % (prog, vm, wall, cpu), file=sys.stderr, flush=True)
                old = best.get((prog, vm))
                if old is None or wall < old[0]:
                    best[(prog, vm)] = (wall, cpu)
    load_after = load()

    jit_lines = []
    if "taipan" in vms and not args.no_jit_report:
        jit_lines = ["| program | compilations | failed | deopts | invalidations | OSR | most compiled target |", "|---|---|---|---|---|---|---|"]
        for prog in progs:
            r = jit_report(os.path.join(PROGRAMS, prog + ".py"), args.timeout)
            if r is None:
                jit_lines.append("| %s | timeout | | | | | |" % prog)
                continue
            done, failed, deopt, inval, osr, worst = r
            jit_lines.append("| %s | %d | %d | %d | %d | %s | `%s` ×%d |" % (prog, done, failed, deopt, inval, "yes" if osr else "no", worst[0], worst[1]))
        print()
        print("\n".join(jit_lines))

    def t(prog, vm):
        v = best.get((prog, vm))
        return v[0] if v else None

    header = ["program"] + [VM_TITLES[v] + " s" for v in vms]
    ratios = [("taipan", "cpython"), ("taipan-int", "cpython"), ("taipan-libgraal", "cpython"), ("taipan", "graalpy"), ("taipan-int", "graalpy")]
    ratios = [(a, b) for a, b in ratios if a in vms and b in vms]
    header += ["%s / %s" % (VM_TITLES[a], VM_TITLES[b]) for a, b in ratios]
    rows = []
    for prog in progs:
        row = [prog] + [fmt(t(prog, vm)) for vm in vms]
        row += [ratio(t(prog, a), t(prog, b)) for a, b in ratios]
        rows.append(row)

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    table = "\n".join(lines)
    print()
    print(table)
    for f in failures:
        print("FAILED: " + f)

    if not args.no_write:
        py = subprocess.run(["python3", "--version"], capture_output=True, text=True).stdout.strip()
        md = ["# Benchmark results", "",
              "Written by `python3 benchmarks/run.py` (see benchmarks/README.md). Best of %d wall-clock runs per program and VM, "
              "in seconds, start-up included; every run's stdout matched CPython's. Ratios below 1 mean Taipan is faster." % args.n, "",
              "- date: %s" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
              "- commit: %s" % git_commit(),
              "- machine: %s, %d CPUs; load average before %s, after %s" % (platform.machine(), os.cpu_count(), " ".join(load_before), " ".join(load_after)),
              "- CPython: %s" % py,
              "- GraalPy: %s" % ("25.0.1 (python-community on the JVM, jargraal JIT, flags as bin/taipan)" if "graalpy" in vms else "not run"),
              "- Taipan (libgraal): %s" % ("bin/taipan with the Graal compiler as a native library from " + args.libgraal if args.libgraal else "not run"),
              "", table, ""]
        if jit_lines:
            md += ["## JIT health", "",
                   "One more Taipan run per program with `--engine.TraceCompilation`: how many call targets the Graal JIT "
                   "compiled (tier 1 and tier 2 count separately), failed, deoptimised and invalidated; a deoptimisation "
                   "loop would show as one target compiled over and over.", "", "\n".join(jit_lines), ""]
        if failures:
            md += ["Failures:", ""] + ["- " + f for f in failures] + [""]
        if notes:
            md += ["Notes:", ""] + ["- " + n.replace("\n", " ") for n in notes] + [""]
        with open(os.path.join(HERE, "RESULTS.md"), "w") as f:
            f.write("\n".join(md))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
